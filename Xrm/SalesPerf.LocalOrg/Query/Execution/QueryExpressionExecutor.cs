using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Query.Conditions;

namespace SalesPerf.LocalOrg.Query.Execution;

/// <summary>Runs a QueryExpression: join, filter, order, project, distinct, page.</summary>
internal sealed class QueryExpressionExecutor(IRowSource rows, EvaluationContext context)
{
    public MatchedRows Match(QueryExpression query)
    {
        var scope = new QueryScope(rows, query);
        var filters = new FilterCompiler(scope, context, rows);
        var criteria = filters.Compile(query.Criteria, 0);
        var joined = new JoinBuilder(scope, rows, filters).Build(IndexPlanner.RootRows(scope, rows, query.Criteria, context));
        return new MatchedRows(scope, joined.Where(row => criteria(row) == true));
    }

    public EntityCollection Execute(QueryExpression query)
    {
        var page = PageRequest.From(query.TopCount, query.PageInfo);
        var matched = Match(query);
        var orderer = new RowOrderer(matched.Scope, rows, query);
        var projector = new Projector(matched.Scope, new ValueCopier(rows), query);
        var projected = orderer.Sort(matched.Rows).Select(projector.Project);
        if (query.Distinct)
        {
            projected = projected.DistinctBy(DistinctKey);
        }

        var keyColumn = orderer.UsesLinkedColumns || query.Distinct ? null : matched.Scope.Root.Table.PrimaryIdAttribute;
        return Pager.Page(projected.ToList(), page, matched.Scope.Root.Table.LogicalName, keyColumn);
    }

    private static string DistinctKey(Entity entity)
    {
        var key = new StringBuilder();
        foreach (var attribute in entity.Attributes.OrderBy(a => a.Key, System.StringComparer.Ordinal))
        {
            var value = attribute.Value is AliasedValue aliased ? aliased.Value : attribute.Value;
            var comparable = ComparableValue.Key(value switch
            {
                Money m => m.Value,
                OptionSetValue o => o.Value,
                EntityReference r => r.Id,
                OptionSetValueCollection c => string.Join(",", c.Select(o => o.Value).Order()),
                _ => value,
            });
            key.Append(attribute.Key).Append('=').Append(System.Convert.ToString(comparable, CultureInfo.InvariantCulture)).Append('\u001F');
        }

        return key.ToString();
    }
}
