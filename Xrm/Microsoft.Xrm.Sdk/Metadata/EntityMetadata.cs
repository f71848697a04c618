namespace Microsoft.Xrm.Sdk.Metadata;

/// <summary>
/// A table's metadata (RetrieveEntity's answer). As in the real SDK, what the platform fills (the columns, the primary
/// columns, the type code) has no public setter; the local organisation sets it the way the deserializer does.
/// </summary>
public sealed class EntityMetadata : MetadataBase
{
    public EntityMetadata()
    {
    }

    public string LogicalName { get; set; }

    public string SchemaName { get; set; }

    public AttributeMetadata[] Attributes { get; internal set; }

    public string PrimaryIdAttribute { get; internal set; }

    public string PrimaryNameAttribute { get; internal set; }

    public int? ObjectTypeCode { get; internal set; }

    public bool? IsCustomEntity { get; internal set; }
}
