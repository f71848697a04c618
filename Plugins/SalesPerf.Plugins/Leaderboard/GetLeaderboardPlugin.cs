using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Leaderboard;

/// <summary>
/// <c>spm_GetLeaderboard</c>: the people of a period ranked by their scorecard's weighted score, or by their
/// attainment of one KPI (<see cref="LeaderboardQueries"/>), optionally within one business unit, as JSON
/// (<see cref="LeaderboardJson"/>). It reads through the CALLING user's service (<c>UserId</c>), never SYSTEM: a rep
/// with Basic read depth sees only their own row, a manager their business unit; the platform trims, not this code.
/// </summary>
[CustomApi(UniqueName, IsFunction = true, DisplayName = "Get leaderboard",
    Description = "Ranks the period's people by weighted score, or by attainment of one KPI, as the caller may see them.")]
[CustomApiRequestParameter(PeriodParameter, CustomApiParameterType.EntityReference, LogicalEntityName = PeriodColumns.EntityName,
    Description = "The period ranked.")]
[CustomApiRequestParameter(KpiParameter, CustomApiParameterType.EntityReference, IsOptional = true, LogicalEntityName = KpiColumns.EntityName,
    Description = "Rank by this KPI's attainment; by the overall weighted score when absent.")]
[CustomApiRequestParameter(BusinessUnitParameter, CustomApiParameterType.EntityReference, IsOptional = true, LogicalEntityName = "businessunit",
    Description = "Only rows owned in this business unit.")]
[CustomApiResponseProperty(RowsProperty, CustomApiParameterType.String, Description = "JSON array of {\"owner\", \"name\", \"value\", \"rank\"}.")]
public sealed class GetLeaderboardPlugin : PluginBase
{
    public const string UniqueName = "spm_GetLeaderboard";
    public const string PeriodParameter = "Period";
    public const string KpiParameter = "Kpi";
    public const string BusinessUnitParameter = "BusinessUnit";
    public const string RowsProperty = "Rows";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var input = context.Context.InputParameters;
        var period = (EntityReference)input[PeriodParameter];
        var kpi = input.TryGetValue(KpiParameter, out var kpiValue) ? kpiValue as EntityReference : null;
        var unit = input.TryGetValue(BusinessUnitParameter, out var unitValue) ? unitValue as EntityReference : null;

        var sources = kpi is null
            ? LeaderboardQueries.Scorecards(context.UserService, period.Id, unit?.Id)
            : LeaderboardQueries.Targets(context.UserService, period.Id, kpi.Id, unit?.Id);
        var entries = LeaderboardRanking.Rank(sources);
        context.Trace("{0} row(s) ranked by {1}.", entries.Count, kpi is null ? "weighted score" : "KPI attainment");
        context.Context.OutputParameters[RowsProperty] = LeaderboardJson.Write(entries);
    }
}
