using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Faults;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.LocalOrg.Query.Conditions;

/// <summary>One condition as an operator family sees it: the column, its raw values and the evaluation context.</summary>
internal sealed class ConditionTarget(ColumnDefinition column, ConditionOperator op, IReadOnlyList<object?> values, EvaluationContext context)
{
    public ColumnDefinition Column { get; } = column;

    public ConditionOperator Operator { get; } = op;

    public IReadOnlyList<object?> Values { get; } = values;

    public EvaluationContext Context { get; } = context;

    public bool IsDateTime => Column.Type == ColumnType.DateTime;

    public object Converted(int index) => ConditionValues.Convert(Values[index], Column, Context, Operator.ToString());

    public IReadOnlyList<object> ConvertedAll() => Values.Select((_, i) => Converted(i)).ToList();

    public object? Stored(object? raw) => ComparableValue.FromStored(raw, Column);

    public void RequireValueCount(int count)
    {
        if (Values.Count != count)
        {
            throw OrganizationFaults.InvalidArgument(
                $"Condition for attribute '{Column.LogicalName}': operator {Operator} expects {count} value(s) but received {Values.Count}.");
        }
    }

    public int IntegerValue(int index)
    {
        var raw = Values[index];
        return raw switch
        {
            int i => i,
            long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
            string s when int.TryParse(s, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => throw OrganizationFaults.InvalidArgument(
                $"Condition for attribute '{Column.LogicalName}': operator {Operator} expects a whole number but received '{raw}'."),
        };
    }

    public void RequireDateTimeColumn()
    {
        if (!IsDateTime)
        {
            throw OrganizationFaults.InvalidArgument(
                $"Condition for attribute '{Column.LogicalName}': operator {Operator} is valid only for date and time columns.");
        }
    }
}
