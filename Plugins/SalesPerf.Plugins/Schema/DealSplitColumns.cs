namespace SalesPerf.Plugins.Schema;

/// <summary>Logical names of <c>spm_dealsplit</c>: the credit split of an opportunity (the owner keeps the rest).</summary>
public static class DealSplitColumns
{
    public const string EntityName = "spm_dealsplit";
    public const string Id = "spm_dealsplitid";
    public const string OpportunityId = "spm_opportunityid";
    public const string UserId = "spm_userid";
    public const string SplitPercent = "spm_splitpercent";
    public const string StateCode = "statecode";
}
