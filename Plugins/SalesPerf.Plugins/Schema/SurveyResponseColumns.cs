namespace SalesPerf.Plugins.Schema;

/// <summary>Logical names of <c>spm_surveyresponse</c>: a customer's satisfaction score (CustomerSatisfaction's source).</summary>
public static class SurveyResponseColumns
{
    public const string EntityName = "spm_surveyresponse";
    public const string Id = "spm_surveyresponseid";
    public const string Name = "spm_name";
    public const string CustomerId = "spm_customerid";
    public const string Score = "spm_score";
    public const string RespondedOn = "spm_respondedon";
    public const string StateCode = "statecode";

    /// <summary>The customer table of <see cref="CustomerId"/>; its <c>ownerid</c> is credited.</summary>
    public const string AccountEntityName = "account";
    public const string AccountId = "accountid";
    public const string AccountOwnerId = "ownerid";
}
