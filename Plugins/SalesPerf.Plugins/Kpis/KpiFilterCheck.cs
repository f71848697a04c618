using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using System.Xml.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Plugins.DataAccess.Fetch;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Messages;

namespace SalesPerf.Plugins.Kpis;

/// <summary>
/// Refuses a KPI filter the engine could not merge into its measure's query, when the KPI is saved rather than when a
/// deal is closed: the engine's own parser (<see cref="KpiFilter"/>) for the form, an allowed operator for each
/// condition, and the platform itself for the columns and values (one query of at most one row on the measure's table
/// per column of the filter, then one with the whole filter).
/// </summary>
internal static class KpiFilterCheck
{
    /// <summary>
    /// Operators that compare a column with the condition's own values. Relative-date, fiscal and current-user
    /// operators are refused: with them a KPI would count different records depending on who closes a deal, and when.
    /// </summary>
    public static IReadOnlyList<string> AllowedOperators { get; } = Array.AsReadOnly(new[]
    {
        "eq", "ne", "neq", "gt", "ge", "lt", "le", "like", "not-like", "in", "not-in", "between", "not-between",
        "null", "not-null", "on", "on-or-before", "on-or-after", "not-on", "begins-with", "not-begin-with",
        "ends-with", "not-end-with",
    });

    public static void Check(LocalPluginContext context, string kpiName, string table, string? filterXml)
    {
        KpiFilter filter;
        try
        {
            filter = KpiFilter.Parse(filterXml);
        }
        catch (FormatException)
        {
            throw context.BusinessError(KpiMessages.FilterMalformed, kpiName, table, Excerpt(filterXml));
        }

        if (filter.IsEmpty)
        {
            return;
        }

        var unmergeable = filter.FirstUnmergeableElement();
        if (unmergeable is not null)
        {
            throw context.BusinessError(KpiMessages.FilterMalformed, kpiName, table, Excerpt(unmergeable));
        }

        var conditions = filter.Conditions();
        var badOperator = conditions.FirstOrDefault(c => !AllowedOperators.Contains(c.Operator, StringComparer.Ordinal));
        if (badOperator is not null)
        {
            throw context.BusinessError(KpiMessages.FilterOperatorUnsupported, kpiName, badOperator.Operator, string.Join(", ", AllowedOperators));
        }

        // Each column alone first, then the whole filter: the first query the platform refuses is the one reported, and
        // nothing runs after it (in Dataverse a refused call inside a transaction ends the transaction).
        var columns = conditions.Select(c => c.Column).Distinct(StringComparer.Ordinal).ToList();
        if (columns.Count == 0)
        {
            return;
        }

        foreach (var column in columns)
        {
            if (!Runs(context.SystemService, table, new[] { column }, null))
            {
                throw context.BusinessError(KpiMessages.FilterColumnUnknown, kpiName, column, table);
            }
        }

        if (!Runs(context.SystemService, table, columns, filter.CopyElement()))
        {
            throw context.BusinessError(KpiMessages.FilterMalformed, kpiName, table, Excerpt(filter.Text));
        }

        context.Trace("KPI {0}: the filter runs on {1}.", kpiName, table);
    }

    /// <summary>Whether the platform runs a query of at most one row on <paramref name="table"/> reading the columns, with the filter.</summary>
    private static bool Runs(IOrganizationService service, string table, IEnumerable<string> columns, XElement? filter)
    {
        var fetch = new XElement(
            "fetch",
            new XAttribute("top", "1"),
            new XAttribute("mapping", "logical"),
            FetchXml.Entity(table, columns.Select(c => new XElement("attribute", new XAttribute("name", c))), filter));
        try
        {
            service.RetrieveMultiple(new FetchExpression(fetch.ToString(SaveOptions.DisableFormatting)));
            return true;
        }
        catch (FaultException<OrganizationServiceFault>)
        {
            return false;
        }
    }

    private static string Excerpt(string? text)
    {
        var value = (text ?? string.Empty).Trim();
        return value.Length <= 80 ? value : value.Substring(0, 80) + "…";
    }
}
