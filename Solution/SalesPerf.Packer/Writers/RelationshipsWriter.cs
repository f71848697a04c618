using System.Collections.Generic;
using System.Xml.Linq;

namespace SalesPerf.Packer.Writers;

/// <summary>The EntityRelationships section (relationships travel with their tables; no root components of their own).</summary>
public sealed class RelationshipsWriter : IComponentWriter
{
    public string? Section => "EntityRelationships";

    public IEnumerable<XElement> Elements(PackContext context) => RelationshipWriter.Write(context);
}
