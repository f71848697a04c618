namespace Microsoft.Xrm.Sdk.Metadata;

public sealed class BigIntAttributeMetadata : AttributeMetadata
{
    public BigIntAttributeMetadata()
        : base(AttributeTypeCode.BigInt)
    {
    }

    public BigIntAttributeMetadata(string schemaName)
        : base(AttributeTypeCode.BigInt, schemaName)
    {
    }
}
