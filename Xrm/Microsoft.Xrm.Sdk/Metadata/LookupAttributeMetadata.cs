namespace Microsoft.Xrm.Sdk.Metadata;

/// <summary>A Lookup, Customer or Owner column: <see cref="Targets"/> are the tables it may point to.</summary>
public sealed class LookupAttributeMetadata : AttributeMetadata
{
    public LookupAttributeMetadata()
        : base(AttributeTypeCode.Lookup)
    {
    }

    public string[] Targets { get; set; }
}
