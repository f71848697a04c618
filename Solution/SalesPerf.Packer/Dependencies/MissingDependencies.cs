using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.Packer.Sources;
using SalesPerf.Packer.Writers;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Dependencies;

/// <summary>
/// What the solution needs from outside it, derived from the solution source: every platform or Dynamics 365 Sales
/// table of Solution/SystemTables (extended by SalesPerf columns, named by a relationship, a step, a view, a form, a
/// chart, a dashboard tile or the app, or read by the plug-ins), every platform column a packed step filters on or
/// snapshots in an image and every one a view's FetchXML, a form or a chart names, and the default app icon. One entry per (required, dependent) pair, as a real export writes them
/// (reference/solution-missingdependencies-managed.xml); an import into an organisation without one of them stops up
/// front with this list instead of failing part-way.
/// </summary>
public static class MissingDependencies
{
    public static IReadOnlyList<MissingDependency> Of(PackContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var found = new List<MissingDependency>();
        found.AddRange(ExtendedTables(context));
        found.AddRange(Relationships(context));
        found.AddRange(Steps(context));
        found.AddRange(Views(context));
        found.AddRange(Forms(context));
        found.AddRange(Charts(context));
        found.AddRange(Dashboards(context));
        found.AddRange(Apps(context));
        found.AddRange(ReadByPlugins(context, found));
        return found.Distinct().OrderBy(d => d, Order).ToList().AsReadOnly();
    }

    /// <summary>The platform tables of the source: those that are not SalesPerf's own.</summary>
    private static IEnumerable<TableDefinition> PlatformTables(PackContext context) =>
        context.Input.Metadata.Tables.Where(t => !t.IsCustom);

    private static IEnumerable<MissingDependency> ExtendedTables(PackContext context) =>
        context.ExtendedSystemTables.Select(t => new MissingDependency(Table(t), new DependencyComponent(DependencyComponent.Entity, t.LogicalName, t.DisplayName.English)));

    private static IEnumerable<MissingDependency> Relationships(PackContext context)
    {
        var bySchemaName = PlatformTables(context).ToDictionary(SchemaNames.Table, StringComparer.Ordinal);
        foreach (var relationship in RelationshipWriter.Relationships(context))
        {
            if (bySchemaName.TryGetValue(relationship.ReferencedEntity, out var target))
            {
                yield return new MissingDependency(Table(target), new DependencyComponent(DependencyComponent.Relationship, relationship.Name, relationship.Name));
            }
        }
    }

    private static IEnumerable<MissingDependency> Steps(PackContext context)
    {
        foreach (var step in context.PackedSteps)
        {
            var dependent = new DependencyComponent(DependencyComponent.SdkMessageProcessingStep, null, step.Name) { Id = step.Id };
            foreach (var dependency in RequiredBy(context, step.PrimaryEntity, step.FilteringAttributes, dependent))
            {
                yield return dependency;
            }

            if (!context.Input.Metadata.TryGetTable(step.PrimaryEntity, out var table) || table.IsCustom)
            {
                continue;
            }

            foreach (var image in step.Images)
            {
                var imageDependent = new DependencyComponent(DependencyComponent.SdkMessageProcessingStepImage, null, image.Name)
                {
                    ParentDisplayName = step.Name,
                    Id = StepWriter.ImageId(step, image),
                };
                foreach (var column in PlatformColumns(table, image.Attributes))
                {
                    yield return new MissingDependency(Column(table, column), imageDependent);
                }
            }
        }
    }

    /// <summary>Platform tables a custom view joins to, and the platform columns its FetchXML names.</summary>
    private static IEnumerable<MissingDependency> Views(PackContext context)
    {
        foreach (var view in context.Input.Views)
        {
            var owner = context.Input.Metadata.Table(view.Table);
            var dependent = new DependencyComponent(DependencyComponent.SavedQuery, view.Name.English, view.Name.English)
            {
                ParentSchemaName = owner.LogicalName,
                ParentDisplayName = owner.DisplayName.English,
                Id = view.Id,
            };
            var named = new List<(string Table, IEnumerable<string> Columns)>
            {
                (view.Table, view.Columns.Select(c => c.Name).Concat(view.Conditions.Select(c => c.Column)).Concat(view.AnyOf.Select(c => c.Column)).Concat(view.Orders.Select(o => o.Column))),
            };
            named.AddRange(view.Links.Select(l => (l.Table, l.Conditions.Select(c => c.Column).Append(l.TablePrimaryKey))));
            foreach (var dependency in named.SelectMany(n => RequiredBy(context, n.Table, n.Columns, dependent)))
            {
                yield return dependency;
            }
        }
    }

    /// <summary>A form of a platform table and its platform columns; platform tables its sub-grids list.</summary>
    private static IEnumerable<MissingDependency> Forms(PackContext context)
    {
        foreach (var form in context.Input.Forms)
        {
            var owner = context.Input.Metadata.Table(form.Table);
            var dependent = new DependencyComponent(DependencyComponent.SystemForm, null, form.Name.English)
            {
                ParentDisplayName = owner.DisplayName.English,
                Id = form.Id,
            };
            var sections = form.Tabs.SelectMany(t => t.Sections).ToList();
            var named = new List<(string Table, IEnumerable<string> Columns)> { (form.Table, form.Header.Concat(sections.SelectMany(s => s.Fields))) };
            named.AddRange(sections.Select(s => s.SubGrid).OfType<FormSubGrid>().Select(g => (g.Table, Enumerable.Empty<string>())));
            foreach (var dependency in named.SelectMany(n => RequiredBy(context, n.Table, n.Columns, dependent)))
            {
                yield return dependency;
            }
        }
    }

    /// <summary>A chart of a platform table and the columns it groups by and aggregates.</summary>
    private static IEnumerable<MissingDependency> Charts(PackContext context) =>
        context.Input.Charts.SelectMany(chart =>
        {
            var owner = context.Input.Metadata.Table(chart.Table);
            var dependent = new DependencyComponent(DependencyComponent.SavedQueryVisualization, chart.Name.English, chart.Name.English)
            {
                ParentSchemaName = owner.LogicalName,
                ParentDisplayName = owner.DisplayName.English,
                Id = chart.Id,
            };
            return RequiredBy(context, chart.Table, [chart.GroupBy, chart.Measure], dependent);
        });

    /// <summary>Platform tables a dashboard's tiles list.</summary>
    private static IEnumerable<MissingDependency> Dashboards(PackContext context) =>
        context.Input.Dashboards.SelectMany(dashboard => dashboard.Tiles.Where(tile => tile.Page is null).SelectMany(tile =>
            RequiredBy(context, tile.Table, [], new DependencyComponent(DependencyComponent.SystemForm, null, dashboard.Name.English) { Id = dashboard.Id })));

    /// <summary>When <paramref name="tableName"/> is a platform table: it and the named platform columns, each required by <paramref name="dependent"/>.</summary>
    private static IEnumerable<MissingDependency> RequiredBy(PackContext context, string tableName, IEnumerable<string> columns, DependencyComponent dependent)
    {
        if (!context.Input.Metadata.TryGetTable(tableName, out var table) || table.IsCustom)
        {
            return [];
        }

        return PlatformColumns(table, columns).Select(c => new MissingDependency(Column(table, c), dependent)).Prepend(new MissingDependency(Table(table), dependent));
    }

    /// <summary>Each app uses the platform's default icon, and the platform tables its site map shows.</summary>
    private static IEnumerable<MissingDependency> Apps(PackContext context)
    {
        foreach (var app in context.Input.AppModules)
        {
            var dependent = new DependencyComponent(DependencyComponent.AppModule, app.UniqueName, app.Name.English);
            yield return new MissingDependency(PlatformSolutions.DefaultAppIcon, dependent);
            foreach (var dependency in app.Tables.SelectMany(table => RequiredBy(context, table, [], dependent)))
            {
                yield return dependency;
            }
        }
    }

    /// <summary>The platform tables no component names: the plug-ins read them (Solution/SystemTables lists what SalesPerf uses).</summary>
    private static IEnumerable<MissingDependency> ReadByPlugins(PackContext context, IReadOnlyList<MissingDependency> found)
    {
        var named = found.Where(d => d.Required.Type == DependencyComponent.Entity).Select(d => d.Required.SchemaName).ToHashSet(StringComparer.Ordinal);
        var assembly = new DependencyComponent(DependencyComponent.PluginAssembly, context.PluginAssemblyFullName, context.Input.PluginAssembly.Name)
        {
            Id = context.PluginAssemblyId,
        };
        return PlatformTables(context).Where(t => !named.Contains(t.LogicalName)).Select(t => new MissingDependency(Table(t), assembly));
    }

    private static IEnumerable<ColumnDefinition> PlatformColumns(TableDefinition table, IEnumerable<string> names) =>
        names.Distinct(StringComparer.Ordinal).Select(table.FindColumn).OfType<ColumnDefinition>().Where(c => !c.IsCustom);

    // The shape of the real "System (5.0)" table entry: an empty parentSchemaName, no package.
    private static DependencyComponent Table(TableDefinition table) =>
        new(DependencyComponent.Entity, table.LogicalName, table.DisplayName.English) { ParentSchemaName = "", Solution = PlatformSolutions.System };

    private static DependencyComponent Column(TableDefinition table, ColumnDefinition column) =>
        new(DependencyComponent.Attribute, column.LogicalName, column.DisplayName.English)
        {
            ParentSchemaName = table.LogicalName,
            ParentDisplayName = table.DisplayName.English,
            Solution = PlatformSolutions.System,
        };

    private static readonly Comparer<MissingDependency> Order = Comparer<MissingDependency>.Create((a, b) =>
    {
        var byRequired = Compare(a.Required, b.Required);
        return byRequired != 0 ? byRequired : Compare(a.Dependent, b.Dependent);
    });

    private static int Compare(DependencyComponent a, DependencyComponent b)
    {
        var result = a.Type.CompareTo(b.Type);
        if (result == 0)
        {
            result = string.CompareOrdinal(a.ParentSchemaName ?? "", b.ParentSchemaName ?? "");
        }

        if (result == 0)
        {
            result = string.CompareOrdinal(a.SchemaName ?? a.DisplayName, b.SchemaName ?? b.DisplayName);
        }

        return result == 0 ? Nullable.Compare(a.Id, b.Id) : result;
    }
}
