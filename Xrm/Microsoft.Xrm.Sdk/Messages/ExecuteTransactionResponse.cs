namespace Microsoft.Xrm.Sdk.Messages;

public sealed class ExecuteTransactionResponse : OrganizationResponse
{
    public ExecuteTransactionResponse()
    {
    }

    public OrganizationResponseCollection Responses => Results.Contains("Responses") ? (OrganizationResponseCollection)Results["Responses"] : null;
}
