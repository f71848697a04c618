namespace SalesPerf.SolutionModel;

/// <summary>Where the solution source lives inside a checkout.</summary>
public static class SolutionSource
{
    /// <summary>Relative to the repository root.</summary>
    public const string Folder = "Solution";
    public const string CustomTablesFolder = "Tables";
    public const string SystemTablesFolder = "SystemTables";
    public const string RolesFolder = "Roles";
}
