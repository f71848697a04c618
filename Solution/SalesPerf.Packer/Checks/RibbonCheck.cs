using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace SalesPerf.Packer.Checks;

/// <summary>
/// Every table's <c>RibbonDiffXml</c> holds together (the schema itself is checked by <see cref="SchemaCheck"/>): each
/// button names a command of the same ribbon, each command's enable and display rules are defined there (or are the
/// platform's own <c>Mscrm.</c> rules), each <c>$webresource:</c> library of an action or custom rule is a web resource of
/// the package, and each <c>$LocLabels:</c> label is defined. Strict: every label has a 1033 and a 2052 title.
/// </summary>
public sealed class RibbonCheck : IPackageCheck
{
    private const string WebResourcePrefix = "$webresource:";
    private const string LabelPrefix = "$LocLabels:";

    public string Rule => "ribbon";

    public IEnumerable<string> Check(SolutionPackage package)
    {
        var root = package.Customizations?.Root;
        if (root is null)
        {
            yield break;
        }

        var webResources = root.Elements("WebResources").Elements("WebResource").Select(w => w.Element("Name")?.Value).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var entity in root.Elements("Entities").Elements("Entity"))
        {
            var ribbon = entity.Element("RibbonDiffXml");
            if (ribbon is null)
            {
                continue;
            }

            var table = entity.Element("Name")?.Value ?? "?";
            foreach (var problem in Check(ribbon, webResources, package.Strict))
            {
                yield return $"the ribbon of {table}: {problem}";
            }
        }
    }

    private static IEnumerable<string> Check(XElement ribbon, IReadOnlySet<string> webResources, bool strict)
    {
        var commands = Ids(ribbon.Element("CommandDefinitions")?.Elements("CommandDefinition"));
        var rules = ribbon.Element("RuleDefinitions");
        var displayRules = Ids(rules?.Element("DisplayRules")?.Elements("DisplayRule"));
        var enableRules = Ids(rules?.Element("EnableRules")?.Elements("EnableRule"));
        var labels = ribbon.Element("LocLabels")?.Elements("LocLabel").ToList() ?? [];
        var labelIds = Ids(labels);

        foreach (var button in ribbon.Descendants("CommandUIDefinition").Descendants().Where(e => e.Attribute("Command") is not null))
        {
            var command = (string)button.Attribute("Command")!;
            if (!commands.Contains(command) && !command.StartsWith("Mscrm.", StringComparison.Ordinal))
            {
                yield return $"the button {(string?)button.Attribute("Id")} runs the command {command}, which CommandDefinitions does not define.";
            }

            foreach (var label in button.Attributes().Select(a => a.Value).Where(v => v.StartsWith(LabelPrefix, StringComparison.Ordinal)))
            {
                if (!labelIds.Contains(label[LabelPrefix.Length..]))
                {
                    yield return $"the button {(string?)button.Attribute("Id")} shows the label {label}, which LocLabels does not define.";
                }
            }
        }

        foreach (var command in ribbon.Element("CommandDefinitions")?.Elements("CommandDefinition") ?? [])
        {
            var id = (string?)command.Attribute("Id");
            foreach (var reference in Ids(command.Element("DisplayRules")?.Elements("DisplayRule")).Where(r => !displayRules.Contains(r) && !r.StartsWith("Mscrm.", StringComparison.Ordinal)))
            {
                yield return $"the command {id} uses the display rule {reference}, which RuleDefinitions does not define.";
            }

            foreach (var reference in Ids(command.Element("EnableRules")?.Elements("EnableRule")).Where(r => !enableRules.Contains(r) && !r.StartsWith("Mscrm.", StringComparison.Ordinal)))
            {
                yield return $"the command {id} uses the enable rule {reference}, which RuleDefinitions does not define.";
            }
        }

        foreach (var library in ribbon.Descendants().Where(e => e.Name.LocalName is "JavaScriptFunction" or "CustomRule").Select(e => (string?)e.Attribute("Library")).OfType<string>())
        {
            if (library.StartsWith(WebResourcePrefix, StringComparison.Ordinal) && !webResources.Contains(library[WebResourcePrefix.Length..]))
            {
                yield return $"a command loads {library}, which is not a web resource of the package.";
            }
        }

        foreach (var label in strict ? labels : [])
        {
            var languages = label.Element("Titles")?.Elements("Title").Select(t => (string?)t.Attribute("languagecode")).ToList() ?? [];
            if (!languages.Contains("1033") || !languages.Contains("2052"))
            {
                yield return $"the label {(string?)label.Attribute("Id")} needs a title in 1033 and in 2052.";
            }
        }
    }

    private static HashSet<string> Ids(IEnumerable<XElement>? elements) =>
        (elements ?? []).Select(e => (string?)e.Attribute("Id")).OfType<string>().ToHashSet(StringComparer.Ordinal);
}
