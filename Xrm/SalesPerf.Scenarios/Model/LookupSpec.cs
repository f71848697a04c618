namespace SalesPerf.Scenarios.Model;

/// <summary>A lookup value as written in the file, resolved to an EntityReference when its step runs.</summary>
public abstract record LookupSpec(string Table);
