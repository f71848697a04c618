namespace SalesPerf.Plugins.Schema;

/// <summary>Logical names of <c>spm_commissionline</c>: one credited transaction on a statement.</summary>
public static class CommissionLineColumns
{
    public const string EntityName = "spm_commissionline";
    public const string Id = "spm_commissionlineid";
    public const string Name = "spm_name";
    public const string OwnerId = "ownerid";
    public const string StatementId = "spm_commissionstatementid";
    public const string Kind = "spm_kind";
    public const string OpportunityId = "spm_opportunityid";
    public const string SalesOrderId = "spm_salesorderid";
    public const string PaymentId = "spm_paymentid";
    public const string TransactionDate = "spm_transactiondate";
    public const string CreditAmount = "spm_creditamount";
    public const string SplitPercent = "spm_splitpercent";
    public const string RatePercent = "spm_ratepercent";
    public const string CommissionAmount = "spm_commissionamount";
    public const string Trace = "spm_trace";
}
