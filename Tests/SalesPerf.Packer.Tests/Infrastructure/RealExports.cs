using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using SalesPerf.Packer.Packaging;

namespace SalesPerf.Packer.Tests.Infrastructure;

/// <summary>
/// Solution zips assembled from the real export excerpts in Reference/ (sources in Reference/README.md): a genuine
/// Dataverse export's parts, so <c>spm check</c> can be held to passing what the platform itself writes. What was
/// added to make a zip of them is said next to each zip.
/// </summary>
internal static class RealExports
{
    /// <summary>
    /// Apollo's managed 9.2 export: its whole solution.xml and [Content_Types].xml; a customizations.xml of its real root
    /// (attributes and section order) holding the excerpted table, relationships, global choice, role, dashboard, web
    /// resources, app, site map and languages. Added: the seven web resource files (their bytes are not in the excerpts,
    /// so each holds a placeholder). The plug-in assembly is left out: its DLL is not in the excerpts.
    /// </summary>
    public static byte[] ApolloManaged() => Zip(
        Reference("solution-managed.xml"),
        Customizations(
            ("entity-apollo_InvoiceLine.xml", "Entities"),
            ("role-apollo-staff.xml", "Roles"),
            ("entity-apollo_InvoiceLine-relationships.xml", "EntityRelationships"),
            ("optionsets-global.xml", "optionsets"),
            ("dashboard.xml", "Dashboards"),
            ("webresources.xml", "WebResources"),
            ("appmodule-sitemap.xml", "AppModuleSiteMaps"),
            ("appmodule.xml", "AppModules"),
            ("languages.xml", "Languages")),
        WebResourceFiles("webresources.xml"));

    /// <summary>
    /// Plug-in steps as three exports wrote them: Celedon's 8.2 steps (8.2 element order, braced message ids, a Delete
    /// pre-image), Apollo's 9.2 Create step and MikeF's Create step with a post-image, under Celedon's 8.2 solution.xml
    /// and a customizations.xml of Apollo's real root. The assemblies are left out (no DLL in the excerpts): the steps
    /// name plug-in types of assemblies the organisation would already hold. Celedon's manifest lists three web
    /// resources whose files are not in the excerpts; those three root components are removed.
    /// </summary>
    public static byte[] PluginSteps() => Zip(
        WithoutWebResourceRoots(Reference("solution-managed-8.2-celedon.xml")),
        Customizations(
            ("plugin-assembly-and-steps-8.2-with-preimage.xml", "SdkMessageProcessingSteps"),
            ("plugin-assembly-and-step-9.2.xml", "SdkMessageProcessingSteps"),
            ("unpacked-step-create-postimage.xml", "SdkMessageProcessingSteps"),
            ("languages.xml", "Languages")),
        []);

    /// <summary>
    /// driv_GetTableInfo exactly as DataverseCustomApis_1_0_2_202012162_managed.zip holds it (the API, one request
    /// parameter, one response property), under Celedon's solution.xml without its web resource roots and a
    /// customizations.xml of Apollo's real root. Its plug-in type is in an assembly the zip does not carry.
    /// </summary>
    public static byte[] CustomApi() => Zip(
        WithoutWebResourceRoots(Reference("solution-managed-8.2-celedon.xml")),
        Customizations(("languages.xml", "Languages")),
        [
            ("customapis/driv_GetTableInfo/customapi.xml", Reference("customapi-real-managed", "customapi.xml")),
            ("customapis/driv_GetTableInfo/customapirequestparameters/LogicalName/customapirequestparameter.xml", Reference("customapi-real-managed", "customapirequestparameter.xml")),
            ("customapis/driv_GetTableInfo/customapiresponseproperties/SchemaName/customapiresponseproperty.xml", Reference("customapi-real-managed", "customapiresponseproperty.xml")),
        ]);

    public static byte[] Reference(params string[] path) => File.ReadAllBytes(Repository.TestFile(["Reference", .. path]));

    public static XElement ReferenceXml(params string[] path) => XDocument.Parse(Encoding.UTF8.GetString(Reference(path)).TrimStart('\uFEFF')).Root!;

    /// <summary>
    /// Apollo's real customizations.xml root with the children of <c>section</c> in each excerpt moved into it; the
    /// SolutionPackager form of a step loses its own xmlns:xsi. The root excerpt has every section emptied; an AppModules
    /// left empty is dropped, as an export without an app has none (Celedon's 8.2 export writes no such section).
    /// </summary>
    private static byte[] Customizations(params (string File, string Section)[] parts)
    {
        var root = ReferenceXml("customizations-root-and-child-order.xml");
        foreach (var (file, section) in parts)
        {
            var excerpt = ReferenceXml(file);
            // The SolutionPackager step file is one SdkMessageProcessingStep, not a wrapped section.
            var children = excerpt.Name.LocalName + "s" == section ? [excerpt] : excerpt.Elements(section).Elements().ToList();
            foreach (var child in children)
            {
                child.Attributes().Where(a => a.IsNamespaceDeclaration).Remove();
                root.Element(section)!.Add(child);
            }
        }

        root.Elements("AppModules").Where(e => !e.HasElements).Remove();
        return Encoding.UTF8.GetBytes(root.ToString(SaveOptions.None).Replace("\n", "\r\n", StringComparison.Ordinal));
    }

    private static byte[] WithoutWebResourceRoots(byte[] manifest)
    {
        var root = XDocument.Parse(Encoding.UTF8.GetString(manifest)).Root!;
        root.Descendants("RootComponent").Where(r => (string?)r.Attribute("type") == "61").Remove();
        return ExportXml.Serialize(root, finalNewLine: false);
    }

    private static IEnumerable<(string Name, byte[] Content)> WebResourceFiles(string excerpt) =>
        ReferenceXml(excerpt).Descendants("WebResource").Select(w => (
            w.Element("FileName")!.Value.TrimStart('/'),
            Encoding.UTF8.GetBytes(w.Element("WebResourceType")!.Value == "1" ? "<html><body></body></html>" : "// placeholder")));

    /// <summary>The 9.2 entry order: customizations.xml, solution.xml, the component files, Apollo's [Content_Types].xml last.</summary>
    private static byte[] Zip(byte[] manifest, byte[] customizations, IEnumerable<(string Name, byte[] Content)> files)
    {
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(archive, "customizations.xml", customizations);
            Add(archive, "solution.xml", manifest);
            foreach (var (name, content) in files)
            {
                Add(archive, name, content);
            }

            Add(archive, "[Content_Types].xml", Reference("content-types-managed.xml"));
        }

        return output.ToArray();
    }

    private static void Add(ZipArchive archive, string name, byte[] content)
    {
        using var stream = archive.CreateEntry(name).Open();
        stream.Write(content);
    }
}
