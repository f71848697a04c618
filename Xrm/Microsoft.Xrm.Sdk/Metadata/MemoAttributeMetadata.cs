namespace Microsoft.Xrm.Sdk.Metadata;

public sealed class MemoAttributeMetadata : AttributeMetadata
{
    public MemoAttributeMetadata()
        : base(AttributeTypeCode.Memo)
    {
    }

    public MemoAttributeMetadata(string schemaName)
        : base(AttributeTypeCode.Memo, schemaName)
    {
    }
}
