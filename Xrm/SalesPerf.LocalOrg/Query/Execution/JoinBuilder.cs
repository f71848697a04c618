using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg.Query.Conditions;

namespace SalesPerf.LocalOrg.Query.Execution;

/// <summary>
/// Builds the joined rows: one slot per query table, one row per match (XrmMockup#130). Link criteria are part
/// of the join, so on a left-outer link they decide which linked row matches and never remove the parent row
/// (doc 8.2; fake-xrm-easy#256, #128). A nested link is joined inside its parent link: an outer link whose
/// nested inner link finds nothing keeps the parent row with the whole branch empty.
/// </summary>
internal sealed class JoinBuilder
{
    private readonly QueryScope scope;
    private readonly IRowSource rows;
    private readonly Dictionary<int, Dictionary<object, List<Entity>>> indexes = [];
    private readonly Dictionary<int, Dictionary<object, IReadOnlyList<Entity>>> looked = [];
    private readonly Dictionary<int, System.Func<Entity?[], bool?>> criteria = [];

    public JoinBuilder(QueryScope scope, IRowSource rows, FilterCompiler filters)
    {
        this.scope = scope;
        this.rows = rows;
        foreach (var source in scope.Sources.Skip(1))
        {
            criteria[source.Slot] = filters.Compile(source.Link!.LinkCriteria, source.Slot);
        }
    }

    /// <param name="roots">The root rows to examine (the whole table, or those an index chose).</param>
    public IEnumerable<Entity?[]> Build(IEnumerable<Entity> roots)
    {
        var width = scope.Sources.Count;
        foreach (var root in roots)
        {
            var row = new Entity?[width];
            row[0] = root;
            foreach (var joined in ExpandChildren(row, 0))
            {
                yield return joined;
            }
        }
    }

    private IEnumerable<Entity?[]> ExpandChildren(Entity?[] row, int parentSlot)
    {
        IEnumerable<Entity?[]> current = [row];
        foreach (var link in scope.Sources.Where(s => s.ParentSlot == parentSlot))
        {
            var source = link;
            current = current.SelectMany(r => JoinOne(r, source)).ToList();
        }

        return current;
    }

    private List<Entity?[]> JoinOne(Entity?[] row, QuerySource link)
    {
        var matches = new List<Entity?[]>();
        var parent = scope.Sources[link.ParentSlot];
        var key = ComparableValue.Key(ComparableValue.FromStored(
            StoredValue.Read(row[link.ParentSlot], parent.Column(link.Link!.LinkFromAttributeName), parent.Table),
            parent.Column(link.Link.LinkFromAttributeName)));
        if (key is not null && Candidates(link, key) is { } candidates)
        {
            foreach (var candidate in candidates)
            {
                var joined = (Entity?[])row.Clone();
                joined[link.Slot] = candidate;
                if (criteria[link.Slot](joined) == true)
                {
                    matches.AddRange(ExpandChildren(joined, link.Slot));
                }
            }
        }

        if (matches.Count == 0 && link.Link.JoinOperator == Microsoft.Xrm.Sdk.Query.JoinOperator.LeftOuter)
        {
            matches.Add(row);
        }

        return matches;
    }

    /// <summary>The linked rows holding the key: from the store's index when the column has one, else from a hash of the table built once per query.</summary>
    private IReadOnlyList<Entity>? Candidates(QuerySource link, object key)
    {
        if (indexes.TryGetValue(link.Slot, out var built))
        {
            return built.TryGetValue(key, out var list) ? list : null;
        }

        if (!looked.TryGetValue(link.Slot, out var cache))
        {
            looked[link.Slot] = cache = [];
        }

        if (cache.TryGetValue(key, out var found))
        {
            return found;
        }

        if (rows.RowsWhere(link.Table.LogicalName, link.Column(link.Link!.LinkToAttributeName), [key]) is { } matching)
        {
            return cache[key] = [.. matching];
        }

        return Index(link).TryGetValue(key, out var all) ? all : null;
    }

    private Dictionary<object, List<Entity>> Index(QuerySource link)
    {
        if (indexes.TryGetValue(link.Slot, out var index))
        {
            return index;
        }

        index = [];
        var column = link.Column(link.Link!.LinkToAttributeName);
        foreach (var candidate in rows.Rows(link.Table.LogicalName))
        {
            var key = ComparableValue.Key(ComparableValue.FromStored(StoredValue.Read(candidate, column, link.Table), column));
            if (key is null)
            {
                continue;
            }

            if (!index.TryGetValue(key, out var list))
            {
                index[key] = list = [];
            }

            list.Add(candidate);
        }

        indexes[link.Slot] = index;
        return index;
    }
}
