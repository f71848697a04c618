using Microsoft.Xrm.Sdk.Metadata;

namespace Microsoft.Xrm.Sdk.Messages;

public sealed class RetrieveAttributeResponse : OrganizationResponse
{
    public RetrieveAttributeResponse()
    {
    }

    public AttributeMetadata AttributeMetadata => Results.Contains("AttributeMetadata") ? (AttributeMetadata)Results["AttributeMetadata"] : null;
}
