namespace Microsoft.Xrm.Sdk.Messages;

public sealed class UpdateResponse : OrganizationResponse
{
    public UpdateResponse()
    {
    }
}
