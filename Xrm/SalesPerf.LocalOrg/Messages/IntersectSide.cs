namespace SalesPerf.LocalOrg.Messages;

/// <summary>One side of an N:N relationship: its table, its column in the intersect table, and how messages name it ("a role").</summary>
internal sealed record IntersectSide(string LogicalName, string IntersectColumn, string Described);
