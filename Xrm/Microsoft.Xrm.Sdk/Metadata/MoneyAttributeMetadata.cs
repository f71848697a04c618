namespace Microsoft.Xrm.Sdk.Metadata;

public sealed class MoneyAttributeMetadata : AttributeMetadata
{
    public MoneyAttributeMetadata()
        : base(AttributeTypeCode.Money)
    {
    }

    public MoneyAttributeMetadata(string schemaName)
        : base(AttributeTypeCode.Money, schemaName)
    {
    }
}
