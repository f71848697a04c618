using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Faults;

namespace SalesPerf.LocalOrg.Query.Execution;

/// <summary>
/// The tables of a query and their aliases. A link without an alias gets "<c>table</c><c>n</c>" (n counting from 1
/// per table, in document order), the name its columns come back under (doc 3.1).
/// </summary>
internal sealed class QueryScope
{
    private readonly List<QuerySource> sources = [];
    private readonly Dictionary<string, QuerySource> byAlias = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> generated = new(StringComparer.OrdinalIgnoreCase);
    private readonly IRowSource rows;

    public QueryScope(IRowSource rows, QueryExpression query)
    {
        this.rows = rows;
        if (string.IsNullOrWhiteSpace(query.EntityName))
        {
            throw OrganizationFaults.InvalidArgument("The query does not name an entity.");
        }

        var rootTable = rows.Table(query.EntityName.ToLowerInvariant());
        Add(new QuerySource(0, rootTable.LogicalName, rootTable, null, -1));
        foreach (var link in query.LinkEntities)
        {
            AddLink(link, 0);
        }
    }

    public IReadOnlyList<QuerySource> Sources => sources;

    public QuerySource Root => sources[0];

    public QuerySource Resolve(string alias) =>
        byAlias.TryGetValue(alias, out var source)
            ? source
            : throw OrganizationFaults.InvalidArgument($"No link entity with alias or name '{alias}' exists in the query.");

    public QuerySource ForLink(LinkEntity link) => sources.Find(s => ReferenceEquals(s.Link, link))!;

    private void AddLink(LinkEntity link, int parentSlot)
    {
        if (link.JoinOperator is not (JoinOperator.Inner or JoinOperator.LeftOuter))
        {
            throw new NotSupportedException($"JoinOperator.{link.JoinOperator} is not supported by the local organisation; use Inner or LeftOuter.");
        }

        if (string.IsNullOrWhiteSpace(link.LinkToEntityName) || string.IsNullOrWhiteSpace(link.LinkFromAttributeName) || string.IsNullOrWhiteSpace(link.LinkToAttributeName))
        {
            throw OrganizationFaults.InvalidArgument("A link entity needs LinkToEntityName, LinkFromAttributeName and LinkToAttributeName.");
        }

        var parent = sources[parentSlot];
        if (!string.IsNullOrEmpty(link.LinkFromEntityName)
            && !string.Equals(link.LinkFromEntityName, parent.Table.LogicalName, StringComparison.OrdinalIgnoreCase)
            && !string.Equals(link.LinkFromEntityName, parent.Alias, StringComparison.OrdinalIgnoreCase))
        {
            throw OrganizationFaults.InvalidArgument(
                $"The link to '{link.LinkToEntityName}' says it starts from '{link.LinkFromEntityName}' but is nested under '{parent.Alias}'.");
        }

        var table = rows.Table(link.LinkToEntityName.ToLowerInvariant());
        var alias = string.IsNullOrWhiteSpace(link.EntityAlias) ? NextAlias(table.LogicalName) : link.EntityAlias;
        var source = new QuerySource(sources.Count, alias, table, link, parentSlot);
        _ = parent.Column(link.LinkFromAttributeName);
        _ = source.Column(link.LinkToAttributeName);
        Add(source);
        foreach (var child in link.LinkEntities)
        {
            AddLink(child, source.Slot);
        }
    }

    private string NextAlias(string table)
    {
        generated[table] = generated.TryGetValue(table, out var n) ? n + 1 : 1;
        return table + generated[table].ToString(CultureInfo.InvariantCulture);
    }

    private void Add(QuerySource source)
    {
        if (!byAlias.TryAdd(source.Alias, source))
        {
            throw OrganizationFaults.InvalidArgument($"The alias '{source.Alias}' is used twice in the query.");
        }

        sources.Add(source);
    }
}
