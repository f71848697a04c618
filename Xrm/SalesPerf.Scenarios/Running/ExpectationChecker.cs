using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Scenarios.Model;
using SalesPerf.Scenarios.Output;

namespace SalesPerf.Scenarios.Running;

/// <summary>Checks the file's own expectations (expect, expectCalls); a mismatch fails the step with every difference named.</summary>
internal sealed class ExpectationChecker
{
    private readonly IScenarioOrganization _org;
    private readonly ScenarioSchema _schema;
    private readonly ValueResolver _resolver;
    private readonly RowLocator _locator;
    private readonly ValueRenderer _renderer;

    public ExpectationChecker(IScenarioOrganization org, ScenarioSchema schema, ValueResolver resolver, RowLocator locator, ValueRenderer renderer)
    {
        _org = org;
        _schema = schema;
        _resolver = resolver;
        _locator = locator;
        _renderer = renderer;
    }

    public void Check(ExpectStep expect)
    {
        if (expect.Count is not int count)
        {
            CheckValues(_locator.Locate(expect.Row), expect.Values);
            return;
        }

        var ids = _locator.Matching(expect.Row.Table, expect.Row.Where ?? new Dictionary<string, object?>());
        if (ids.Count != count)
        {
            throw new StepFailedException($"expected {count} row(s) of {expect.Row}, found {ids.Count}");
        }

        foreach (var id in ids)
        {
            CheckValues(new EntityReference(expect.Row.Table, id), expect.Values);
        }
    }

    public void Check(ExpectCallsStep expect)
    {
        var calls = expect.Plugin is string plugin
            ? _org.ServiceCallsByPlugin.Where(p => Matches(p.Key, plugin)).Sum(p => p.Value)
            : _org.ServiceCallTotal;
        var who = expect.Plugin ?? "all plug-ins";
        if (calls < expect.Min)
        {
            throw new StepFailedException($"{who} made {calls} organisation-service call(s), expected at least {expect.Min}");
        }

        if (calls > expect.Max)
        {
            throw new StepFailedException($"{who} made {calls} organisation-service call(s), expected at most {expect.Max}");
        }
    }

    private void CheckValues(EntityReference row, IReadOnlyDictionary<string, object?> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        var table = _schema.FindTable(row.LogicalName);
        var actual = _org.Administrator.Retrieve(row.LogicalName, row.Id, new ColumnSet(values.Keys.ToArray()));
        var differences = new List<string>();
        foreach (var (column, written) in values)
        {
            var expected = _resolver.Resolve(written);
            var stored = actual.Attributes.TryGetValue(column, out var value) ? value : null;
            var definition = table?.FindColumn(column);
            if (!ValueComparer.Same(expected, stored, definition))
            {
                differences.Add($"{column} is {Show(stored, definition)}, expected {Show(expected, definition)}");
            }
        }

        if (differences.Count > 0)
        {
            throw new StepFailedException($"{_renderer.Lookup(row)}: {string.Join("; ", differences)}");
        }
    }

    private string Show(object? value, SalesPerf.SolutionModel.Tables.ColumnDefinition? column) =>
        _renderer.Render(value, column)?.ToJsonString() ?? "null";

    private static bool Matches(string pluginType, string name) =>
        string.Equals(pluginType, name, StringComparison.Ordinal) || pluginType.EndsWith("." + name, StringComparison.Ordinal);
}
