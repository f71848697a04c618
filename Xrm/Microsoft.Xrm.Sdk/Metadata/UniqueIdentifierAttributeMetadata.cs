namespace Microsoft.Xrm.Sdk.Metadata;

public sealed class UniqueIdentifierAttributeMetadata : AttributeMetadata
{
    public UniqueIdentifierAttributeMetadata()
        : base(AttributeTypeCode.Uniqueidentifier)
    {
    }

    public UniqueIdentifierAttributeMetadata(string schemaName)
        : base(AttributeTypeCode.Uniqueidentifier, schemaName)
    {
    }
}
