namespace SalesPerf.SolutionModel.Tables;

/// <summary>How a date-time column stores and returns its value (Dataverse DateTimeBehavior).</summary>
public enum DateTimeBehavior
{
    UserLocal,
    DateOnly,
    TimeZoneIndependent,
}
