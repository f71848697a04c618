using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using SalesPerf.Packer.Writers;

namespace SalesPerf.Packer.Checks;

/// <summary>
/// Every modern flow (Workflow of Category 5) names its definition file with a leading slash and the zip holds it, as
/// JSON with a definition; every connection reference the file uses is declared in <c>connectionreferences</c>, and
/// every connector action names one of the file's connections; the flow is a type-29 root component. Strict (house
/// style): names in English and Chinese, and every "Perform an unbound action" calls a custom API of the package.
/// </summary>
public sealed class ScheduledFlowCheck : IPackageCheck
{
    public string Rule => "flows";

    public IEnumerable<string> Check(SolutionPackage package)
    {
        var root = package.Customizations?.Root;
        if (root is null)
        {
            yield break;
        }

        var references = root.Elements("connectionreferences").Elements("connectionreference")
            .Select(r => (string?)r.Attribute("connectionreferencelogicalname")).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var rootComponents = package.Manifest?.Root?.Descendants("RootComponent")
            .Where(c => (string?)c.Attribute("type") == "29")
            .Select(c => Guid.TryParse((string?)c.Attribute("id"), out var id) ? id : Guid.Empty).ToHashSet() ?? [];
        var apis = package.Entries.Where(e => e.Name.StartsWith("customapis/", StringComparison.Ordinal) && e.Name.EndsWith("/customapi.xml", StringComparison.Ordinal))
            .Select(e => e.Name.Split('/')[1]).ToHashSet(StringComparer.OrdinalIgnoreCase);

        foreach (var flow in root.Elements("Workflows").Elements("Workflow").Where(w => w.Element("Category")?.Value == ScheduledFlowsWriter.ModernFlowCategory))
        {
            var name = (string?)flow.Attribute("Name") ?? "(no name)";
            var file = flow.Element("JsonFileName")?.Value;
            if (!Guid.TryParse((string?)flow.Attribute("WorkflowId"), out var id) || !rootComponents.Contains(id))
            {
                yield return $"flow '{name}' is not a root component (type 29) of solution.xml.";
            }

            if (package.Strict)
            {
                foreach (var lcid in new[] { "1033", "2052" }.Where(l => !flow.Elements("LocalizedNames").Elements("LocalizedName").Any(n => (string?)n.Attribute("languagecode") == l)))
                {
                    yield return $"flow '{name}' has no name in language {lcid}.";
                }
            }

            if (string.IsNullOrEmpty(file) || !file.StartsWith('/'))
            {
                yield return $"flow '{name}' has no JsonFileName starting with '/' (the import resolves it as a part URI).";
                continue;
            }

            var entry = package.Entry(file.Substring(1));
            if (entry is null)
            {
                yield return $"flow '{name}' names the definition {file}, which the zip does not hold.";
                continue;
            }

            JsonNode? document;
            try
            {
                document = JsonNode.Parse(entry.Content.Span);
            }
            catch (JsonException exception)
            {
                document = null;
                name += " (" + exception.Message + ")";
            }

            if (document?["properties"]?["definition"] is not JsonObject definition)
            {
                yield return $"flow '{name}': {file} is not a flow definition (JSON with properties.definition).";
                continue;
            }

            var connections = document["properties"]?["connectionReferences"] as JsonObject ?? [];
            foreach (var (key, value) in connections)
            {
                var logicalName = (string?)value?["connection"]?["connectionReferenceLogicalName"];
                if (logicalName is null || !references.Contains(logicalName))
                {
                    yield return $"flow '{name}' uses the connection '{key}' through the connection reference '{logicalName ?? "(none)"}', which customizations.xml does not declare in connectionreferences.";
                }
            }

            foreach (var action in Actions(definition["actions"] as JsonObject))
            {
                var host = action["inputs"]?["host"];
                if ((string?)action["type"] != "OpenApiConnection" || host is null)
                {
                    continue;
                }

                var connection = (string?)host["connectionName"];
                if (connection is null || !connections.ContainsKey(connection))
                {
                    yield return $"flow '{name}' has an action on the connection '{connection ?? "(none)"}', which its properties.connectionReferences does not list.";
                }

                var api = (string?)action["inputs"]?["parameters"]?["actionName"];
                if (package.Strict && (string?)host["operationId"] == "PerformUnboundAction" && (api is null || !apis.Contains(api)))
                {
                    yield return $"flow '{name}' performs the unbound action '{api ?? "(none)"}', which is not a custom API of the package.";
                }
            }
        }
    }

    private static IEnumerable<JsonObject> Actions(JsonObject? actions)
    {
        foreach (var action in actions?.Select(a => a.Value).OfType<JsonObject>() ?? [])
        {
            yield return action;
            foreach (var inner in Actions(action["actions"] as JsonObject))
            {
                yield return inner;
            }
        }
    }
}
