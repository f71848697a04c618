using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

public sealed class Relationship : IExtensibleDataObject
{
    public Relationship()
    {
    }

    public Relationship(string schemaName)
    {
        SchemaName = schemaName;
    }

    public string SchemaName { get; set; }

    public EntityRole? PrimaryEntityRole { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }

    public override bool Equals(object obj)
    {
        return obj is Relationship other
            && string.Equals(SchemaName, other.SchemaName, StringComparison.Ordinal)
            && PrimaryEntityRole == other.PrimaryEntityRole;
    }

    public override int GetHashCode()
    {
        int hash = SchemaName == null ? 0 : StringComparer.Ordinal.GetHashCode(SchemaName);
        return PrimaryEntityRole.HasValue ? hash ^ ((int)PrimaryEntityRole.Value + 1) : hash;
    }

    public override string ToString() => SchemaName;
}
