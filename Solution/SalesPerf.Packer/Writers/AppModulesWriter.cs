using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Packaging;
using SalesPerf.Packer.Sources;

namespace SalesPerf.Packer.Writers;

/// <summary>
/// The AppModules section (solution-format 11, reference/appmodule.xml): one <c>AppModule</c> per app with its tables
/// (type 1), dashboards (type 60) and site map (type 62) as components, the role map, and names in 1033 and 2052;
/// root type 80 by unique name. Views and charts are not listed: an app that lists none of a table's offers them all.
/// </summary>
public sealed class AppModulesWriter : IComponentWriter
{
    /// <summary>The platform's default app icon (no braces), as Apollo and DKDT write it (solution-format 11).</summary>
    public static readonly Guid DefaultIconWebResourceId = new("953b9fac-1e5e-e611-80d6-00155ded156f");

    public string? Section => "AppModules";

    public IEnumerable<XElement> Elements(PackContext context) => context.Input.AppModules.Select(app => new XElement(
        "AppModule",
        new XElement("UniqueName", app.UniqueName),
        new XElement("IntroducedVersion", PackContext.IntroducedVersion),
        new XElement("WebResourceId", ExportXml.Bare(DefaultIconWebResourceId)),
        ExportXml.EmptyText("OptimizedFor"),
        new XElement("statecode", "0"),
        new XElement("statuscode", "1"),
        new XElement("FormFactor", "1"),
        new XElement("ClientType", "4"),
        new XElement("NavigationType", "0"),
        new XElement("AppModuleComponents", Components(app)),
        new XElement("AppModuleRoleMaps", app.Roles.Select(id => new XElement("Role", new XAttribute("id", ExportXml.Braced(id))))),
        LabelXml.Collection("LocalizedNames", "LocalizedName", app.Name),
        app.Description is null ? null : LabelXml.Collection("Descriptions", "Description", app.Description)));

    public IEnumerable<RootComponent> RootComponents(PackContext context) =>
        context.Input.AppModules.Select(a => new RootComponent(RootComponent.AppModule, a.UniqueName, null, RootComponent.IncludeSubcomponents));

    private static IEnumerable<XElement> Components(AppModuleDefinition app) =>
        app.Tables.Select(table => Component(RootComponent.Entity, new XAttribute("schemaName", table)))
            .Concat(app.Dashboards.Select(id => Component(RootComponent.SystemForm, new XAttribute("id", ExportXml.Braced(id)))))
            .Append(Component(RootComponent.SiteMap, new XAttribute("schemaName", app.UniqueName)));

    private static XElement Component(int type, XAttribute key) =>
        new("AppModuleComponent", new XAttribute("type", type.ToString(System.Globalization.CultureInfo.InvariantCulture)), key);
}
