namespace Microsoft.Xrm.Sdk.Metadata;

public sealed class DecimalAttributeMetadata : AttributeMetadata
{
    public DecimalAttributeMetadata()
        : base(AttributeTypeCode.Decimal)
    {
    }

    public DecimalAttributeMetadata(string schemaName)
        : base(AttributeTypeCode.Decimal, schemaName)
    {
    }
}
