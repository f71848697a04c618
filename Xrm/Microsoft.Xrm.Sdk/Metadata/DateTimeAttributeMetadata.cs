namespace Microsoft.Xrm.Sdk.Metadata;

public sealed class DateTimeAttributeMetadata : AttributeMetadata
{
    public DateTimeAttributeMetadata()
        : base(AttributeTypeCode.DateTime)
    {
    }
}
