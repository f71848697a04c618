namespace SalesPerf.Packer.Writers;

/// <summary>The system views a new table's export carries, with their <c>querytype</c> (solution-format 6).</summary>
public enum ViewKind
{
    Active = 0,
    Inactive = -1,
    AdvancedFind = 1,
    Associated = 2,
    QuickFind = 4,
    Lookup = 64,
    My = 8192,
}
