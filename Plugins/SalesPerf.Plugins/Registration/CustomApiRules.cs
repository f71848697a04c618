using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace SalesPerf.Plugins.Registration;

/// <summary>Dataverse's rules for custom API definitions (Docs: customapi-table-columns.md and its parameter pages).</summary>
internal static class CustomApiRules
{
    private const string PublisherPrefix = "spm_";

    public static List<string> Check(IReadOnlyList<CustomApiRegistration> apis)
    {
        var violations = new List<string>();

        foreach (var duplicate in apis.GroupBy(api => api.UniqueName, StringComparer.OrdinalIgnoreCase).Where(group => group.Count() > 1))
        {
            violations.Add(Format("Custom API '{0}' is declared {1} times; unique names must be unique.", duplicate.Key, duplicate.Count()));
        }

        foreach (var api in apis)
        {
            CheckApi(api, violations);
        }

        return violations;
    }

    private static void CheckApi(CustomApiRegistration api, List<string> violations)
    {
        void Add(string format, params object[] args) =>
            violations.Add(Format("Custom API '{0}': ", api.UniqueName) + Format(format, args));

        if (!api.UniqueName.StartsWith(PublisherPrefix, StringComparison.Ordinal))
        {
            Add("the unique name must start with the publisher prefix '{0}'.", PublisherPrefix);
        }

        if (api.IsFunction && api.ResponseProperties.Count == 0)
        {
            Add("a function must return at least one response property.");
        }

        if (api.IsFunction && api.EnabledForWorkflow)
        {
            Add("a function cannot be enabled for workflow.");
        }

        if (api.BindingType != CustomApiBindingType.Global && string.IsNullOrWhiteSpace(api.BoundEntityLogicalName))
        {
            Add("a bound custom API must name its bound table.");
        }

        foreach (var name in Duplicates(api.RequestParameters))
        {
            Add("the request parameter '{0}' is declared twice.", name);
        }

        foreach (var name in Duplicates(api.ResponseProperties))
        {
            Add("the response property '{0}' is declared twice.", name);
        }

        foreach (var parameter in api.RequestParameters.Concat(api.ResponseProperties))
        {
            if (!Enum.IsDefined(typeof(CustomApiParameterType), parameter.Type))
            {
                Add("'{0}' has the unknown type {1}.", parameter.UniqueName, (int)parameter.Type);
            }
        }
    }

    private static IEnumerable<string> Duplicates(IEnumerable<CustomApiParameter> parameters) =>
        parameters.GroupBy(p => p.UniqueName, StringComparer.OrdinalIgnoreCase).Where(group => group.Count() > 1).Select(group => group.Key);

    private static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
