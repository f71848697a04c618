using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.Plugins.Messages;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Deletion;

/// <summary>
/// The rows numbers depend on, and what depends on them: each pair is a lookup whose relationship is CascadeDelete
/// Restrict in the solution source (a test compares the two), so the platform refuses the delete too.
/// </summary>
public static class DeleteGuards
{
    private static readonly DependentKind Targets = new(TargetColumns.EntityName, TargetColumns.PeriodId, TargetColumns.Name, "target", "targets", "目标");
    private static readonly DependentKind Scorecards = new(ScorecardColumns.EntityName, ScorecardColumns.PeriodId, ScorecardColumns.Name, "scorecard", "scorecards", "计分卡");
    private static readonly DependentKind Assignments = new(PlanAssignmentColumns.EntityName, PlanAssignmentColumns.PeriodId, PlanAssignmentColumns.Name, "plan assignment", "plan assignments", "计划分配");
    private static readonly DependentKind Statements = new(CommissionStatementColumns.EntityName, CommissionStatementColumns.PeriodId, CommissionStatementColumns.Name, "commission statement", "commission statements", "佣金对账单");

    public static IReadOnlyList<DeleteGuard> All { get; } = new[]
    {
        new DeleteGuard(PeriodColumns.EntityName, PeriodColumns.Name, DeleteMessages.PeriodInUse, new[] { Targets, Scorecards, Assignments, Statements }),
        new DeleteGuard(KpiColumns.EntityName, KpiColumns.Name, DeleteMessages.KpiInUse, new[]
        {
            Targets with { Lookup = TargetColumns.KpiId },
            new DependentKind(KpiSetItemColumns.EntityName, KpiSetItemColumns.KpiId, KpiSetItemColumns.Name, "KPI set item", "KPI set items", "KPI 集明细"),
        }),
        new DeleteGuard(CommissionPlanColumns.EntityName, CommissionPlanColumns.Name, DeleteMessages.PlanInUse, new[]
        {
            Assignments with { Lookup = PlanAssignmentColumns.PlanId },
        }),
        new DeleteGuard(PlanAssignmentColumns.EntityName, PlanAssignmentColumns.Name, DeleteMessages.AssignmentInUse, new[]
        {
            Statements with { Lookup = CommissionStatementColumns.AssignmentId },
        }),
    };

    /// <exception cref="ArgumentException">No guard for <paramref name="table"/>.</exception>
    public static DeleteGuard For(string table) =>
        All.FirstOrDefault(guard => string.Equals(guard.Table, table, StringComparison.Ordinal))
        ?? throw new ArgumentException("No delete guard for the table '" + table + "'.", nameof(table));
}
