using System;
using System.Xml.Linq;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Faults;
using SalesPerf.LocalOrg.Query.Aggregation;

namespace SalesPerf.LocalOrg.Query.FetchXml;

/// <summary>
/// Reads an <c>attribute</c> element: a plain column, or in an aggregate fetch an aliased aggregate or group-by
/// column (doc 3.6: every output needs an alias and either aggregate or groupby).
/// </summary>
internal static class FetchAttributeReader
{
    public static void Read(XElement element, ColumnSet columns, LinkEntity? link, FetchParseState state)
    {
        var name = FetchValues.Required(element, "name");
        var alias = (string?)element.Attribute("alias");
        var function = (string?)element.Attribute("aggregate");
        var groupBy = FetchValues.Bool(element, "groupby") ?? false;
        var dateGrouping = (string?)element.Attribute("dategrouping");
        if (!state.Aggregate)
        {
            if (function is not null || groupBy || dateGrouping is not null)
            {
                throw OrganizationFaults.InvalidArgument($"Attribute '{name}' uses aggregate, groupby or dategrouping, but the fetch is not aggregate=\"true\".");
            }

            if (!string.IsNullOrEmpty(alias))
            {
                throw new NotSupportedException($"FetchXML: an alias on attribute '{name}' outside an aggregate query is not supported.");
            }

            columns.AddColumn(name);
            return;
        }

        if (string.IsNullOrEmpty(alias))
        {
            throw OrganizationFaults.InvalidArgument($"Attribute '{name}' of an aggregate query needs an alias.");
        }

        if ((function is null) == !groupBy)
        {
            throw OrganizationFaults.InvalidArgument($"Attribute '{name}' of an aggregate query needs exactly one of aggregate=\"...\" or groupby=\"true\".");
        }

        if (dateGrouping is not null && !groupBy)
        {
            throw OrganizationFaults.InvalidArgument($"dategrouping on '{name}' needs groupby=\"true\".");
        }

        var aggregate = function switch
        {
            null => XrmAggregateType.None,
            "count" => XrmAggregateType.Count,
            "countcolumn" => XrmAggregateType.CountColumn,
            "sum" => XrmAggregateType.Sum,
            "avg" => XrmAggregateType.Avg,
            "min" => XrmAggregateType.Min,
            "max" => XrmAggregateType.Max,
            "countchildren" => throw new NotSupportedException("FetchXML: aggregate=\"countchildren\" is not supported."),
            _ => throw OrganizationFaults.InvalidArgument($"'{function}' is not a FetchXML aggregate function."),
        };
        var distinct = FetchValues.Bool(element, "distinct") ?? false;
        if (distinct && aggregate != XrmAggregateType.CountColumn)
        {
            throw new NotSupportedException($"FetchXML: distinct=\"true\" on aggregate '{function}' is not supported; it applies to countcolumn.");
        }

        var grouping = dateGrouping switch
        {
            null => XrmDateTimeGrouping.None,
            "day" => XrmDateTimeGrouping.Day,
            "week" => XrmDateTimeGrouping.Week,
            "month" => XrmDateTimeGrouping.Month,
            "quarter" => XrmDateTimeGrouping.Quarter,
            "year" => XrmDateTimeGrouping.Year,
            "fiscal-period" => XrmDateTimeGrouping.FiscalPeriod,
            "fiscal-year" => XrmDateTimeGrouping.FiscalYear,
            _ => throw OrganizationFaults.InvalidArgument($"'{dateGrouping}' is not a FetchXML date grouping."),
        };
        if (state.Columns.Exists(c => string.Equals(c.Alias, alias, StringComparison.OrdinalIgnoreCase)))
        {
            throw OrganizationFaults.InvalidArgument($"The alias '{alias}' is used twice in the aggregate query.");
        }

        state.Columns.Add(new AggregateColumn(alias, link, name, aggregate, groupBy, grouping, distinct, FetchValues.Bool(element, "usertimezone") ?? true));
    }
}
