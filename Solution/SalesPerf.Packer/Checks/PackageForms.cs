using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace SalesPerf.Packer.Checks;

/// <summary>One <c>systemform</c> of a table in customizations.xml, with the words every form message starts with.</summary>
public sealed record PackageForm(string Table, XElement SystemForm)
{
    public string Name => SystemForm.Element("LocalizedNames")?.Elements("LocalizedName")
        .FirstOrDefault(n => (string?)n.Attribute("languagecode") == "1033")?.Attribute("description")?.Value ?? "(unnamed)";

    public string Id => SystemForm.Element("formid")?.Value ?? "(no formid)";

    /// <summary>e.g. <c>form 'Target Main Form' ({…}) of spm_target</c>.</summary>
    public string Label => $"form '{Name}' ({Id}) of {Table}";
}

/// <summary>The forms of the tables in a package.</summary>
public static class PackageForms
{
    public static IEnumerable<PackageForm> All(SolutionPackage package) =>
        package.Customizations?.Root?.Elements("Entities").Elements("Entity")
            .SelectMany(entity => entity.Elements("FormXml").Elements("forms").Elements("systemform")
                .Select(form => new PackageForm(entity.Element("Name")?.Value.ToLowerInvariant() ?? "", form)))
        ?? [];
}
