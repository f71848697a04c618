using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.Scenarios.Model;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Scenarios.Parsing;

/// <summary>Reads one entry of <c>steps</c> into its typed step, converting every value by column metadata.</summary>
internal sealed class StepParser
{
    private static readonly string[] RowNaming = ["op", "as", "table", "key", "where"];

    private readonly KeyCatalog _keys;
    private readonly ColumnValueConverter _values;
    private readonly ParameterConverter _parameters;

    public StepParser(KeyCatalog keys, ColumnValueConverter values, ParameterConverter parameters)
    {
        _keys = keys;
        _values = values;
        _parameters = parameters;
    }

    public ScenarioStep Parse(JsonCursor step, int number, bool nested = false)
    {
        var op = step.ExpectObject("a step", "op", "as", "table", "key", "where", "row", "to", "state", "status", "actualrevenue",
            "closedate", "date", "request", "parameters", "at", "contains", "step", "values", "count", "plugin", "min", "max")
            .Required("op").AsString("op");
        var path = step.Path;
        return op switch
        {
            "create" => Create(step, number),
            "update" => new UpdateStep(number, path, AsUser(step), Selector(step, null, "row"), RowValues(step)),
            "delete" => new DeleteStep(number, path, AsUser(step), Selector(step, null)),
            "assign" => new AssignStep(number, path, AsUser(step), Selector(step, null, "to"),
                _values.Lookup(step.Required("to"), ["systemuser", "team"], "to")),
            "setstate" => SetState(step, number),
            "win" or "lose" => Close(step, number, op == "win"),
            "reopen" => Reopen(step, number),
            "fulfill" or "cancel" => CloseOrder(step, number, op == "fulfill"),
            "execute" => Execute(step, number),
            "clock" when !nested => Only(step, ["op", "at"], () => new ClockStep(number, path, step.Required("at").AsDate("at"))),
            "expectFault" when !nested => ExpectFault(step, number),
            "expect" when !nested => Expect(step, number),
            "expectCalls" when !nested => ExpectCalls(step, number),
            "expectFault" or "expect" or "expectCalls" or "clock" => throw step.Child("op").Fail($"'{op}' cannot be the inner step of expectFault"),
            _ => throw step.Child("op").Fail(
                $"'{op}' is not an operation (create, update, delete, assign, setstate, win, lose, reopen, fulfill, cancel, execute, clock, expectFault, expect, expectCalls)"),
        };
    }

    private CreateStep Create(JsonCursor step, int number)
    {
        step.ExpectObject("a create step", "op", "as", "table", "key", "row");
        var tableCursor = step.Required("table");
        var table = _values.Table(tableCursor, tableCursor.AsNonEmptyString("table"));
        var row = step.Optional("row");
        var values = row is JsonCursor given ? _values.Row(given, table, "row") : new Dictionary<string, object?>();
        return new CreateStep(number, step.Path, AsUser(step), table.LogicalName, step.OptionalString("key", "key"), values);
    }

    private SetStateStep SetState(JsonCursor step, int number)
    {
        var selector = Selector(step, null, "state", "status");
        var table = _values.Table(step, selector.Table);
        var state = step.Required("state");
        var status = step.Optional("status");
        var stateValue = Option(state, table, "statecode");
        return new SetStateStep(number, step.Path, AsUser(step), selector, stateValue,
            status is JsonCursor given ? Status(given, table, stateValue) : -1);
    }

    private CloseOpportunityStep Close(JsonCursor step, int number, bool won)
    {
        var selector = Selector(step, "opportunity", "actualrevenue", "closedate", "status");
        var status = step.Optional("status");
        return new CloseOpportunityStep(number, step.Path, AsUser(step), selector, won,
            step.Optional("actualrevenue")?.AsDecimal("actualrevenue"),
            step.Optional("closedate")?.AsDate("closedate"),
            status is JsonCursor given ? Status(given, _values.Table(step, "opportunity"), won ? 1 : 2) : won ? 3 : 4);
    }

    private ReopenStep Reopen(JsonCursor step, int number)
    {
        var selector = Selector(step, "opportunity", "status");
        var status = step.Optional("status");
        return new ReopenStep(number, step.Path, AsUser(step), selector,
            status is JsonCursor given ? Status(given, _values.Table(step, "opportunity"), 0) : 1);
    }

    private CloseOrderStep CloseOrder(JsonCursor step, int number, bool fulfilled)
    {
        var selector = Selector(step, "salesorder", "date", "status");
        var status = step.Optional("status");
        return new CloseOrderStep(number, step.Path, AsUser(step), selector, fulfilled,
            step.Optional("date")?.AsDate("date"),
            status is JsonCursor given ? Status(given, _values.Table(step, "salesorder"), fulfilled ? 3 : 2) : fulfilled ? 100001 : 4);
    }

    private ExecuteStep Execute(JsonCursor step, int number)
    {
        step.ExpectObject("an execute step", "op", "as", "request", "parameters");
        var request = step.Required("request").AsNonEmptyString("request");
        return new ExecuteStep(number, step.Path, AsUser(step), request, _parameters.Convert(request, step.Optional("parameters")));
    }

    private ExpectFaultStep ExpectFault(JsonCursor step, int number)
    {
        step.ExpectObject("an expectFault step", "op", "contains", "step");
        var contains = step.Required("contains").AsNonEmptyString("contains");
        return new ExpectFaultStep(number, step.Path, contains, Parse(step.Required("step"), number, nested: true));
    }

    private ExpectStep Expect(JsonCursor step, int number)
    {
        step.ExpectObject("an expect step", "op", "table", "key", "where", "values", "count");
        var count = step.Optional("count");
        var countValue = count?.AsInt("count");
        if (countValue < 0)
        {
            throw count!.Value.Fail("a count cannot be negative");
        }

        var selector = countValue is null ? Selector(step, null, "values", "count") : CountSelector(step);
        var table = _values.Table(step, selector.Table);
        var values = step.Optional("values") is JsonCursor given ? _values.Row(given, table, "values") : new Dictionary<string, object?>();
        if (values.Count == 0 && countValue is null)
        {
            throw step.Fail("an expect step needs 'values' or 'count'");
        }

        return new ExpectStep(number, step.Path, selector, values, countValue);
    }

    private ExpectCallsStep ExpectCalls(JsonCursor step, int number)
    {
        step.ExpectObject("an expectCalls step", "op", "plugin", "min", "max");
        var min = step.OptionalInt("min", "min");
        var max = step.OptionalInt("max", "max");
        if (min is null && max is null)
        {
            throw step.Fail("an expectCalls step needs 'min' or 'max'");
        }

        return new ExpectCallsStep(number, step.Path, step.OptionalString("plugin", "plugin"), min, max);
    }

    private RowSelector CountSelector(JsonCursor step)
    {
        var tableCursor = step.Required("table");
        var table = _values.Table(tableCursor, tableCursor.AsNonEmptyString("table"));
        if (step.Has("key"))
        {
            throw step.Child("key").Fail("an expect with 'count' selects rows by 'where', not by key");
        }

        var where = step.Optional("where") is JsonCursor given ? _values.Row(given, table, "where") : new Dictionary<string, object?>();
        return new RowSelector(table.LogicalName, null, where);
    }

    /// <summary>The row a step acts on: <c>key</c> (table from the key) or <c>table</c> + <c>where</c>.</summary>
    private RowSelector Selector(JsonCursor step, string? impliedTable, params string[] extra)
    {
        var allowed = new List<string>(RowNaming);
        allowed.AddRange(extra);
        step.ExpectObject($"a {step.Child("op").AsString("op")} step", [.. allowed]);
        var tableCursor = step.Optional("table");
        var written = tableCursor?.AsNonEmptyString("table");
        if (written is not null && impliedTable is not null && written != impliedTable)
        {
            throw tableCursor!.Value.Fail($"this operation acts on a {impliedTable}, not a {written}");
        }

        var key = step.Optional("key");
        var where = step.Optional("where");
        if (key is JsonCursor keyCursor)
        {
            if (where is not null)
            {
                throw where.Value.Fail("name the row by 'key' or by 'where', not both");
            }

            var name = keyCursor.AsNonEmptyString("key");
            var declared = _keys.TableOf(name) ?? throw keyCursor.Fail($"the key '{name}' is not declared in this file");
            var expected = written ?? impliedTable;
            if (expected is not null && expected != declared)
            {
                throw keyCursor.Fail($"the key '{name}' names a {declared}, not a {expected}");
            }

            return new RowSelector(declared, name, null);
        }

        if (where is JsonCursor whereCursor)
        {
            var tableName = written ?? impliedTable ?? throw step.Fail("a step that names its row by 'where' needs 'table'");
            var table = _values.Table(tableCursor ?? step, tableName);
            var values = _values.Row(whereCursor, table, "where");
            return values.Count > 0 ? new RowSelector(table.LogicalName, null, values) : throw whereCursor.Fail("'where' needs at least one column");
        }

        throw step.Fail("the step needs 'key' or 'where' to name its row");
    }

    private IReadOnlyDictionary<string, object?> RowValues(JsonCursor step)
    {
        var selectorTable = step.Optional("table")?.AsString("table") ?? _keys.TableOf(step.Optional("key")?.AsString("key") ?? string.Empty);
        var table = _values.Table(step, selectorTable ?? string.Empty);
        return _values.Row(step.Required("row"), table, "row");
    }

    /// <summary>A status reason that must belong to <paramref name="state"/> (when the metadata says which state it belongs to).</summary>
    private int Status(JsonCursor value, TableDefinition table, int state)
    {
        var status = Option(value, table, "statuscode");
        var option = table.FindColumn("statuscode")?.Options.FirstOrDefault(o => o.Value == status);
        return option?.State is not int owner || owner == state
            ? status
            : throw value.Fail($"status {status} of {table.LogicalName} belongs to state {owner}, not {state}");
    }

    private int Option(JsonCursor value, TableDefinition table, string column)
    {
        var definition = table.FindColumn(column) ?? throw value.Fail($"{table.LogicalName} has no column '{column}'");
        return ((Microsoft.Xrm.Sdk.OptionSetValue)_values.Convert(value, table, definition)!).Value;
    }

    private string? AsUser(JsonCursor step)
    {
        var user = step.Optional("as");
        if (user is not JsonCursor given)
        {
            return null;
        }

        var key = given.AsNonEmptyString("as (a user key)");
        return _keys.TableOf(key) == "systemuser" ? key : throw given.Fail($"'{key}' is not the key of a user");
    }

    private static T Only<T>(JsonCursor step, string[] allowed, Func<T> read)
    {
        step.ExpectObject($"a {step.Child("op").AsString("op")} step", allowed);
        return read();
    }
}
