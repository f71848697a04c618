namespace Microsoft.Xrm.Sdk.Metadata;

/// <summary>A column's metadata. The typed subclasses set <see cref="AttributeType"/> in their constructors, as the real SDK's do.</summary>
public class AttributeMetadata : MetadataBase
{
    public AttributeMetadata()
    {
    }

    protected AttributeMetadata(AttributeTypeCode attributeType)
    {
        AttributeType = attributeType;
    }

    protected AttributeMetadata(AttributeTypeCode attributeType, string schemaName)
        : this(attributeType)
    {
        SchemaName = schemaName;
    }

    public string LogicalName { get; set; }

    public string SchemaName { get; set; }

    public AttributeTypeCode? AttributeType { get; internal set; }

    public string EntityLogicalName { get; internal set; }

    public bool? IsCustomAttribute { get; internal set; }

    public bool? IsPrimaryId { get; internal set; }

    public bool? IsPrimaryName { get; internal set; }

    public bool? IsValidForRead { get; internal set; }

    public string AttributeOf { get; internal set; }
}
