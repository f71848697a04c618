using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Sources;

/// <summary>
/// One <c>filter</c> entry of a view file: <c>{ "column", "operator", "value" | "values" }</c>. A choice, state or
/// status value may be given by its domain name ("ManagerReview") or its number; both must be options of the column.
/// </summary>
internal static class ViewConditionReader
{
    private static readonly string[] Properties = ["column", "operator", "value", "values"];

    public static ViewCondition Read(JsonElement item, string where, TableDefinition table)
    {
        ViewSource.RejectUnknown(item, Properties, where);
        var column = ViewSource.ColumnOf(table, AppModuleJson.RequiredString(item, "column", where), "column", where);
        var name = AppModuleJson.RequiredString(item, "operator", where);
        if (!ViewOperators.TryGet(name, out var arity, out var applies))
        {
            throw new PackException($"{where}: 'operator' is '{name}'; use one of {string.Join(", ", ViewOperators.Names)}.");
        }

        if (!ViewOperators.Fits(applies, column.Type))
        {
            throw new PackException($"{where}: the operator '{name}' does not apply to {table.LogicalName}.{column.LogicalName}, a {column.Type} column.");
        }

        var given = Given(item, where);
        var expected = arity switch
        {
            ViewOperators.Arity.None => given.Count == 0,
            ViewOperators.Arity.One => given.Count == 1 && !item.TryGetProperty("values", out _),
            _ => given.Count > 0 && !item.TryGetProperty("value", out _),
        };
        if (!expected)
        {
            var needs = arity switch
            {
                ViewOperators.Arity.None => "takes no 'value'",
                ViewOperators.Arity.One => "needs exactly one 'value'",
                _ => "needs a non-empty 'values' array",
            };
            throw new PackException($"{where}: the operator '{name}' {needs}.");
        }

        var values = given.Select(v => Stored(v, name, column, table, where)).ToList();
        return new ViewCondition(column.LogicalName, name, values.AsReadOnly());
    }

    /// <summary>A statuscode value that belongs to another state than the statecode the same filter asks for can never match.</summary>
    public static void RequireStatusesOfTheFilteredState(IReadOnlyList<ViewCondition> conditions, string where, TableDefinition table)
    {
        var state = conditions.FirstOrDefault(c => c.Column == "statecode" && c.Operator == "eq");
        var status = table.FindColumn("statuscode");
        if (state is null || status is null)
        {
            return;
        }

        var stateValue = int.Parse(state.Values[0], CultureInfo.InvariantCulture);
        foreach (var value in conditions.Where(c => c.Column == "statuscode" && c.Operator is "eq" or "in").SelectMany(c => c.Values))
        {
            var option = status.Options.Single(o => o.Value.ToString(CultureInfo.InvariantCulture) == value);
            if (option.State != stateValue)
            {
                throw new PackException(
                    $"{where}: the status {option.Name} ({option.Value}) of {table.LogicalName} belongs to state {option.State}, but the filter asks for statecode {stateValue}; no row can match.");
            }
        }
    }

    private static List<JsonElement> Given(JsonElement item, string where)
    {
        if (item.TryGetProperty("value", out var single))
        {
            return [single];
        }

        if (!item.TryGetProperty("values", out var many))
        {
            return [];
        }

        return many.ValueKind == JsonValueKind.Array
            ? many.EnumerateArray().ToList()
            : throw new PackException($"{where}: 'values' must be an array.");
    }

    private static string Stored(JsonElement value, string op, ColumnDefinition column, TableDefinition table, string where)
    {
        var named = $"{table.LogicalName}.{column.LogicalName}";
        if (ViewOperators.TakesDayCount(op))
        {
            return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var days) && days > 0
                ? days.ToString(CultureInfo.InvariantCulture)
                : throw new PackException($"{where}: the operator '{op}' needs a whole number (of days, months or years) above 0 as 'value'.");
        }

        switch (column.Type)
        {
            case ColumnType.Choice or ColumnType.State or ColumnType.Status or ColumnType.Boolean:
                return Option(value, column, named, where).Value.ToString(CultureInfo.InvariantCulture);
            case ColumnType.Integer or ColumnType.BigInt or ColumnType.Decimal or ColumnType.Double or ColumnType.Money:
                if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var number)
                    || (column.Type is ColumnType.Integer or ColumnType.BigInt && number != decimal.Truncate(number)))
                {
                    throw new PackException($"{where}: {named} is a {column.Type} column; 'value' must be a {(column.Type is ColumnType.Integer or ColumnType.BigInt ? "whole " : "")}number, not {value.GetRawText()}.");
                }

                return ViewSource.Invariant(number);
            case ColumnType.DateTime:
                return value.ValueKind == JsonValueKind.String
                    && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : throw new PackException($"{where}: {named} is a date; 'value' must be a date written yyyy-MM-dd, not {value.GetRawText()}.");
            case ColumnType.Lookup or ColumnType.Owner or ColumnType.Customer or ColumnType.UniqueIdentifier or ColumnType.PrimaryKey:
                return value.ValueKind == JsonValueKind.String && Guid.TryParse(value.GetString(), out var id)
                    ? id.ToString("B")
                    : throw new PackException($"{where}: {named} holds row ids; 'value' must be a GUID, not {value.GetRawText()}.");
            default:
                return value.ValueKind == JsonValueKind.String
                    ? value.GetString()!
                    : throw new PackException($"{where}: {named} is a {column.Type} column; 'value' must be a string, not {value.GetRawText()}.");
        }
    }

    private static ChoiceOption Option(JsonElement value, ColumnDefinition column, string named, string where)
    {
        var option = value.ValueKind switch
        {
            JsonValueKind.String => column.Options.FirstOrDefault(o => string.Equals(o.Name, value.GetString(), StringComparison.Ordinal)),
            JsonValueKind.Number when value.TryGetInt32(out var number) => column.Options.FirstOrDefault(o => o.Value == number),
            _ => null,
        };
        return option ?? throw new PackException(
            $"{where}: {value.GetRawText()} is not a value of {named}; use one of {string.Join(", ", column.Options.Select(o => $"{o.Name} ({o.Value})"))}.");
    }
}
