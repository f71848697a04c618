namespace SalesPerf.Domain.Development;

/// <summary><c>spm_developmentitem.spm_itemstatus</c>. Cancelled items do not count in the plan's progress.</summary>
public enum DevelopmentItemStatus
{
    NotStarted = 100000000,
    InProgress = 100000001,
    Completed = 100000002,
    Cancelled = 100000003,
}
