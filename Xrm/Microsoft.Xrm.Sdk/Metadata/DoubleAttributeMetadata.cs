namespace Microsoft.Xrm.Sdk.Metadata;

public sealed class DoubleAttributeMetadata : AttributeMetadata
{
    public DoubleAttributeMetadata()
        : base(AttributeTypeCode.Double)
    {
    }

    public DoubleAttributeMetadata(string schemaName)
        : base(AttributeTypeCode.Double, schemaName)
    {
    }
}
