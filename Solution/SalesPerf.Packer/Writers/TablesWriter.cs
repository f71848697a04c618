using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Sources;

namespace SalesPerf.Packer.Writers;

/// <summary>The Entities section: the solution's tables whole, the platform tables it extends with only the added columns.</summary>
public sealed class TablesWriter(IReadOnlyList<IEntityPartWriter> parts) : IComponentWriter
{
    private readonly EntityWriter entityWriter = new(parts);

    public string? Section => "Entities";

    public IEnumerable<XElement> Elements(PackContext context) =>
        context.CustomTables.Select(t => entityWriter.WriteCustom(t, context))
            .Concat(context.ExtendedSystemTables.Select(t => EntityWriter.WriteExtension(t, context)));

    // behavior 1 (do not include subcomponents) for a platform table: the added columns travel, the table stays Microsoft's.
    public IEnumerable<RootComponent> RootComponents(PackContext context) =>
        context.CustomTables.Select(t => new RootComponent(RootComponent.Entity, t.LogicalName, null, RootComponent.IncludeSubcomponents))
            .Concat(context.ExtendedSystemTables.Select(t => new RootComponent(RootComponent.Entity, t.LogicalName, null, RootComponent.DoNotIncludeSubcomponents)))
            .Concat(context.Input.Forms.Where(f => context.ExtendedSystemTables.Any(t => t.LogicalName == f.Table))
                .Select(f => new RootComponent(RootComponent.SystemForm, null, f.Id, RootComponent.IncludeSubcomponents)));
}
