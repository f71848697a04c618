namespace SalesPerf.Plugins.Schema;

/// <summary>Logical names and state values of <c>lead</c> that LeadConversionRate reads or stamps.</summary>
public static class LeadColumns
{
    public const string EntityName = "lead";
    public const string Id = "leadid";
    public const string OwnerId = "ownerid";
    public const string StateCode = "statecode";
    public const string StatusCode = "statuscode";

    /// <summary>
    /// The lead's topic (ApplicationRequired), its name in SalesPerf's messages: the primary name <c>fullname</c> is
    /// composed by the platform from the first and last name, and a lead of a company may have neither.
    /// </summary>
    public const string Subject = "subject";

    /// <summary>Stamped by the engine: the date the lead was qualified or disqualified (cleared when it is reopened).</summary>
    public const string ClosedOn = "spm_closedon";

    public const int StateOpen = 0;
    public const int StateQualified = 1;
    public const int StateDisqualified = 2;
}
