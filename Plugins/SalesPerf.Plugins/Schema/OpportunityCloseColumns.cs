namespace SalesPerf.Plugins.Schema;

/// <summary>Logical names of <c>opportunityclose</c>, the activity that Win and Lose carry.</summary>
public static class OpportunityCloseColumns
{
    public const string EntityName = "opportunityclose";
    public const string OpportunityId = "opportunityid";
    public const string ActualRevenue = "actualrevenue";
    public const string ActualEnd = "actualend";

    /// <summary>The Win / Lose input parameter that holds the close activity.</summary>
    public const string InputParameter = "OpportunityClose";
}
