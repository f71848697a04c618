namespace SalesPerf.LocalOrg.Faults;

/// <summary>
/// Platform error codes (dataverse-semantics.md section 5). Codes marked "not verified" are not in that table;
/// they are the values the platform is known to use for the same situation, kept here so they change in one place.
/// </summary>
public static class ErrorCodes
{
    /// <summary>
    /// Used when a Create leaves out a SystemRequired column the platform does not fill (README "SystemRequired
    /// columns"). NOT VERIFIED for that case: no published fault of a real Create was found; this is the code section 5
    /// names for a missing required column, and the message wording is the local organisation's own.
    /// </summary>
    public const int RequiredFieldMissing = -2147220992;

    /// <summary>Also the documented fault of setting a SystemRequired column to null: "Attribute: &lt;name&gt; cannot be set to NULL".</summary>
    public const int InvalidArgument = -2147220989;
    public const int ObjectDoesNotExist = -2147220969;
    public const int PrivilegeDenied = -2147220960;
    public const int DuplicateRecord = -2147220937;
    public const int CannotUpdateBecauseItIsReadOnly = -2147220946;
    public const int IsvAborted = -2147220891;
    public const int InvalidStateCodeStatusCode = -2147187704;
    public const int AggregateQueryRecordLimitExceeded = -2147164125;
    public const int ConcurrencyVersionMismatch = -2147088254;

    /// <summary>
    /// Update or SetState of an opportunity to Won/Lost or of an order to Fulfilled/Canceled (section 10). NOT VERIFIED:
    /// the published faults quote the message only; this is InvalidArgument's value, the code for a bad argument.
    /// </summary>
    public const int StateNeedsCloseMessage = InvalidArgument;

    /// <summary>
    /// 0x80040227 CannotDeleteDueToAssociation, "The object you tried to delete is associated with another object and cannot
    /// be deleted." (Docs "Web service error codes"; the Web API answers it with 405, Docs "Compose HTTP requests and handle
    /// errors"; Docs "Customer tables" shows it refusing the delete of a customer address a customer points at). That a
    /// Restrict relationship reports exactly this code and text is NOT VERIFIED: no published fault of a Restrict delete was
    /// found. Nothing in SalesPerf depends on the text: its own PreValidation steps refuse first with a named message.
    /// </summary>
    public const int CannotDeleteDueToAssociation = -2147220953;

    /// <summary>0x80060883, ConcurrencyVersionNotProvided (not verified).</summary>
    public const int ConcurrencyVersionNotProvided = -2147088253;

    /// <summary>0x80041102, QueryBuilderNoEntity: unknown table (not verified).</summary>
    public const int QueryBuilderNoEntity = -2147217150;

    /// <summary>0x80041103, QueryBuilderNoAttribute: unknown column (not verified).</summary>
    public const int QueryBuilderNoAttribute = -2147217149;

    /// <summary>0x80044182, SdkCorrelationTokenDepthTooHigh: loop detection (numeric code not verified, section 1.3).</summary>
    public const int SdkCorrelationTokenDepthTooHigh = -2147204734;

    /// <summary>0x80040224, IsvUnExpected: a plug-in threw something other than InvalidPluginExecutionException (not verified).</summary>
    public const int IsvUnExpected = -2147220956;
}
