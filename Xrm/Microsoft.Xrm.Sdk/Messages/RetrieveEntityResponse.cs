using Microsoft.Xrm.Sdk.Metadata;

namespace Microsoft.Xrm.Sdk.Messages;

public sealed class RetrieveEntityResponse : OrganizationResponse
{
    public RetrieveEntityResponse()
    {
    }

    public EntityMetadata EntityMetadata => Results.Contains("EntityMetadata") ? (EntityMetadata)Results["EntityMetadata"] : null;
}
