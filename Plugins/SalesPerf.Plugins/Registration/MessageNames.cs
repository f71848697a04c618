namespace SalesPerf.Plugins.Registration;

/// <summary>Pipeline message names (<c>IExecutionContext.MessageName</c>) the project registers on.</summary>
public static class MessageNames
{
    public const string Create = "Create";
    public const string Update = "Update";
    public const string Delete = "Delete";
    public const string Assign = "Assign";
    public const string SetState = "SetState";
    public const string SetStateDynamicEntity = "SetStateDynamicEntity";
    public const string Retrieve = "Retrieve";
    public const string RetrieveMultiple = "RetrieveMultiple";
    public const string Associate = "Associate";
    public const string Disassociate = "Disassociate";
    public const string Merge = "Merge";

    /// <summary>The pipeline message of WinOpportunityRequest (not "WinOpportunity").</summary>
    public const string Win = "Win";

    /// <summary>The pipeline message of LoseOpportunityRequest (not "LoseOpportunity").</summary>
    public const string Lose = "Lose";

    public const string FulfillSalesOrder = "FulfillSalesOrder";
    public const string CancelSalesOrder = "CancelSalesOrder";

    /// <summary>The pipeline message of QualifyLeadRequest (Microsoft.Crm.Sdk.Proxy): qualifies or disqualifies a lead.</summary>
    public const string QualifyLead = "QualifyLead";
}
