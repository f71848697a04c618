using System;
using System.Collections.Generic;

namespace SalesPerf.Plugins.Schema;

/// <summary>Logical names of <c>spm_commissionstatement</c>: one rep, plan assignment and period.</summary>
public static class CommissionStatementColumns
{
    public const string EntityName = "spm_commissionstatement";
    public const string Id = "spm_commissionstatementid";
    public const string Name = "spm_name";
    public const string OwnerId = "ownerid";
    public const string AssignmentId = "spm_planassignmentid";
    public const string PeriodId = "spm_periodid";
    public const string CreditAmount = "spm_creditamount";
    public const string AttainmentPercent = "spm_attainmentpercent";
    public const string EarnedAmount = "spm_earnedamount";
    public const string ClawbackAmount = "spm_clawbackamount";
    public const string AdjustmentAmount = "spm_adjustmentamount";
    public const string PayableAmount = "spm_payableamount";
    public const string Trace = "spm_trace";
    public const string LastCalculatedOn = "spm_lastcalculatedon";

    /// <summary>The owner's reason for a dispute: written only in the change that moves the statement to Disputed.</summary>
    public const string DisputeReason = "spm_disputereason";
    /// <summary>Who last moved the statement to Approved and when: the statement guard writes both into that change's Target.</summary>
    public const string ApprovedBy = "spm_approvedby";
    public const string ApprovedOn = "spm_approvedon";
    public const string StateCode = "statecode";
    public const string StatusCode = "statuscode";

    /// <summary>Columns only the engine writes.</summary>
    public static IReadOnlyList<string> Computed { get; } = Array.AsReadOnly(new[]
    {
        CreditAmount, AttainmentPercent, EarnedAmount, ClawbackAmount, AdjustmentAmount, PayableAmount, Trace, LastCalculatedOn, ApprovedBy, ApprovedOn,
    });
}
