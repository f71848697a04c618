namespace Microsoft.Xrm.Sdk.Messages;

public sealed class ExecuteMultipleResponse : OrganizationResponse
{
    public ExecuteMultipleResponse()
    {
    }

    public bool IsFaulted => Results.Contains("IsFaulted") ? (bool)Results["IsFaulted"] : default(bool);

    public ExecuteMultipleResponseItemCollection Responses => Results.Contains("Responses") ? (ExecuteMultipleResponseItemCollection)Results["Responses"] : null;
}
