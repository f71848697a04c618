namespace SalesPerf.Plugins.Schema;

/// <summary>Logical names and state values of <c>opportunity</c> that SalesPerf reads or stamps.</summary>
public static class OpportunityColumns
{
    public const string EntityName = "opportunity";
    public const string Id = "opportunityid";
    public const string Name = "name";
    public const string OwnerId = "ownerid";
    public const string CustomerId = "customerid";
    public const string TransactionCurrencyId = "transactioncurrencyid";
    public const string EstimatedValue = "estimatedvalue";
    public const string EstimatedValueBase = "estimatedvalue_base";
    public const string EstimatedCloseDate = "estimatedclosedate";

    /// <summary>Probability (Integer 0–100, may be empty): weights the open pipeline in the projection.</summary>
    public const string CloseProbability = "closeprobability";
    public const string ActualValue = "actualvalue";
    public const string ActualValueBase = "actualvalue_base";
    public const string ActualCloseDate = "actualclosedate";
    public const string CreatedOn = "createdon";
    public const string StateCode = "statecode";
    public const string StatusCode = "statuscode";

    /// <summary>The pipeline stage (<c>salesstage</c>: 0 Qualify, 1 Develop, 2 Propose, 3 Close); FunnelStageConversion reads it.</summary>
    public const string SalesStage = "salesstage";

    /// <summary>Stamped by the engine at win or loss: whole days from <see cref="CreatedOn"/> to <see cref="ActualCloseDate"/>.</summary>
    public const string SalesCycleDays = "spm_salescycledays";

    /// <summary>Stamped by the engine at win: the customer's first won opportunity.</summary>
    public const string IsNewCustomer = "spm_isnewcustomer";

    public const int StateOpen = 0;
    public const int StateWon = 1;
    public const int StateLost = 2;
}
