namespace Microsoft.Xrm.Sdk.Metadata;

public sealed class IntegerAttributeMetadata : AttributeMetadata
{
    public IntegerAttributeMetadata()
        : base(AttributeTypeCode.Integer)
    {
    }

    public IntegerAttributeMetadata(string schemaName)
        : base(AttributeTypeCode.Integer, schemaName)
    {
    }
}
