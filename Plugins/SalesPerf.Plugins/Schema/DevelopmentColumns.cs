using System;
using System.Collections.Generic;

namespace SalesPerf.Plugins.Schema;

/// <summary>Logical names of <c>spm_developmentplan</c> and <c>spm_developmentitem</c>.</summary>
public static class DevelopmentColumns
{
    public const string PlanEntityName = "spm_developmentplan";
    public const string PlanId = "spm_developmentplanid";
    public const string ItemEntityName = "spm_developmentitem";
    public const string ItemId = "spm_developmentitemid";

    public const string Name = "spm_name";
    public const string OwnerId = "ownerid";
    public const string PeriodId = "spm_periodid";
    public const string ReviewId = "spm_reviewid";
    public const string ProgressPercent = "spm_progresspercent";
    public const string ItemCount = "spm_itemcount";
    public const string CompletedItemCount = "spm_completeditemcount";

    public const string ItemType = "spm_itemtype";
    public const string ActivityKind = "spm_activitykind";
    public const string KpiId = "spm_kpiid";
    public const string Competency = "spm_competency";
    public const string DueDate = "spm_duedate";
    public const string ItemStatus = "spm_itemstatus";
    public const string CompletedOn = "spm_completedon";
    public const string ProposalKey = "spm_proposalkey";

    public const int ItemTypeGoal = 100000000;
    public const int ItemTypeTraining = 100000001;
    public const int KindInternal = 100000000;
    public const int KindExternal = 100000001;
    public const int KindOnline = 100000002;
    public const int KindOnTheJob = 100000003;

    /// <summary>The most items one plan may hold (bounds the progress query).</summary>
    public const int MaxItemsPerPlan = 50;

    public static IReadOnlyList<string> PlanEngineOnlyColumns { get; } = Array.AsReadOnly(new[] { ProgressPercent, ItemCount, CompletedItemCount });

    public static IReadOnlyList<string> ItemEngineOnlyColumns { get; } = Array.AsReadOnly(new[] { ProposalKey });
}
