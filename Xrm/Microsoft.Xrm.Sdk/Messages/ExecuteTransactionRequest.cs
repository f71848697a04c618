namespace Microsoft.Xrm.Sdk.Messages;

public sealed class ExecuteTransactionRequest : OrganizationRequest
{
    // Like the real SDK, required parameters are present (as null) from construction on.
    public ExecuteTransactionRequest()
    {
        RequestName = "ExecuteTransaction";
        Requests = null;
    }

    public OrganizationRequestCollection Requests
    {
        get => Parameters.Contains("Requests") ? (OrganizationRequestCollection)Parameters["Requests"] : null;
        set => Parameters["Requests"] = value;
    }

    public bool? ReturnResponses
    {
        get => Parameters.Contains("ReturnResponses") ? (bool?)Parameters["ReturnResponses"] : null;
        set => Parameters["ReturnResponses"] = value;
    }
}
