namespace Microsoft.Xrm.Sdk.Metadata;

public sealed class StringAttributeMetadata : AttributeMetadata
{
    public StringAttributeMetadata()
        : base(AttributeTypeCode.String)
    {
    }

    public StringAttributeMetadata(string schemaName)
        : base(AttributeTypeCode.String, schemaName)
    {
    }
}
