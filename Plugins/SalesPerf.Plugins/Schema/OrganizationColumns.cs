namespace SalesPerf.Plugins.Schema;

/// <summary>Logical names of <c>organization</c> that SalesPerf reads: its name and fiscal calendar.</summary>
public static class OrganizationColumns
{
    public const string EntityName = "organization";
    public const string Id = "organizationid";
    public const string Name = "name";

    /// <summary>Date-only: the month (and day) on which every fiscal year starts.</summary>
    public const string FiscalCalendarStart = "fiscalcalendarstart";
}
