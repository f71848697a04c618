using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Leaderboard;

/// <summary>
/// <c>spm_GetLeaderboard</c>: the people of a period ranked by their scorecard's weighted score, or by their
/// attainment of one KPI (<see cref="LeaderboardQueries"/>), optionally within one business unit, as JSON
/// (<see cref="LeaderboardJson"/>). Ranks are computed over every person's row in scope (the business unit asked
/// for, else the organisation), read as SYSTEM, so a row keeps the same rank whoever asks. The rows returned are
/// only those the CALLING user (<c>UserId</c>) may read, decided by the platform through the caller's service: a rep
/// with Basic read depth gets only their own row with its rank, a manager their business unit and its child units.
/// </summary>
[CustomApi(UniqueName, IsFunction = true, DisplayName = "Get leaderboard",
    Description = "Ranks the period's people by weighted score, or by attainment of one KPI, as the caller may see them.",
    ChineseDisplayName = "获取排行榜",
    ChineseDescription = "按加权得分或某一 KPI 的达成率为周期内人员排名，仅含调用者可见的数据。")]
[CustomApiRequestParameter(PeriodParameter, CustomApiParameterType.EntityReference, LogicalEntityName = PeriodColumns.EntityName,
    Description = "The period ranked.",
    DisplayName = "Period", ChineseDisplayName = "周期",
    ChineseDescription = "排名的周期。")]
[CustomApiRequestParameter(KpiParameter, CustomApiParameterType.EntityReference, IsOptional = true, LogicalEntityName = KpiColumns.EntityName,
    Description = "Rank by this KPI's attainment; by the overall weighted score when absent.",
    DisplayName = "KPI", ChineseDisplayName = "关键绩效指标",
    ChineseDescription = "按该 KPI 的达成率排名；未提供时按综合加权得分排名。")]
[CustomApiRequestParameter(BusinessUnitParameter, CustomApiParameterType.EntityReference, IsOptional = true, LogicalEntityName = "businessunit",
    Description = "Only rows owned in this business unit.",
    DisplayName = "Business Unit", ChineseDisplayName = "业务部门",
    ChineseDescription = "仅该业务部门拥有的行。")]
[CustomApiResponseProperty(RowsProperty, CustomApiParameterType.String, Description = "JSON array of {\"owner\", \"name\", \"value\", \"rank\"}.",
    DisplayName = "Rows", ChineseDisplayName = "排名行",
    ChineseDescription = "JSON 数组，元素为 {\"owner\", \"name\", \"value\", \"rank\"}。")]
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

        var query = kpi is null
            ? LeaderboardQueries.Scorecards(period.Id, unit?.Id)
            : LeaderboardQueries.Targets(period.Id, kpi.Id, unit?.Id);
        var everyone = LeaderboardQueries.Read(context.SystemService, query, kpi is null ? ScorecardColumns.WeightedScore : TargetColumns.AttainmentPercent);
        var readable = LeaderboardQueries.ReadableIds(context.UserService, query, kpi is null ? ScorecardColumns.Id : TargetColumns.Id);
        var entries = LeaderboardRanking.Rank(everyone, source => readable.Contains(source.RecordId));
        context.Trace("{0} of {1} ranked row(s) readable, ranked by {2}.", entries.Count, everyone.Count, kpi is null ? "weighted score" : "KPI attainment");
        context.Context.OutputParameters[RowsProperty] = LeaderboardJson.Write(entries);
    }
}
