using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Query.Aggregation;
using SalesPerf.LocalOrg.Query.Conditions;
using SalesPerf.LocalOrg.Query.Execution;
using SalesPerf.LocalOrg.Query.FetchXml;

namespace SalesPerf.LocalOrg.Query;

/// <summary>
/// Answers RetrieveMultiple for the local organisation: QueryExpression, QueryByAttribute and FetchXML (including
/// aggregates) with the platform's null, case, date, fiscal and paging semantics (semantics doc 3, 8.2, 8.3).
/// Every call reads the rows afresh and returns copies. Anything not implemented throws
/// <see cref="NotSupportedException"/> naming the feature; invalid queries throw the platform's fault.
/// </summary>
public sealed class QueryEngine
{
    private readonly IRowSource rows;
    private readonly OrganizationSettings settings;
    private readonly Func<DateTime> utcNow;

    public QueryEngine(IRowSource rows, OrganizationSettings settings, Func<DateTime> utcNow)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(utcNow);
        this.rows = rows;
        this.settings = settings;
        this.utcNow = utcNow;
        // Bad fiscal settings should fail when the organisation is built, not in its first fiscal query.
        _ = new Fiscal.FiscalCalendar(settings);
    }

    /// <param name="query">The query.</param>
    /// <param name="callerId">The user sending it, for the operators that compare with the calling user.</param>
    public EntityCollection Execute(QueryBase query, Guid? callerId = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        var context = new EvaluationContext(settings, utcNow(), callerId);
        var executor = new QueryExpressionExecutor(rows, context);
        return query switch
        {
            QueryExpression expression when QueryExpressionAggregates.IsAggregate(expression) => ExecuteAggregate(expression, executor, context),
            QueryExpression expression => executor.Execute(expression),
            QueryByAttribute byAttribute => executor.Execute(QueryByAttributeTranslator.Translate(byAttribute)),
            FetchExpression fetch => ExecuteFetch(FetchXmlParser.Parse(fetch.Query), executor, context),
            _ => throw new NotSupportedException($"Query type {query.GetType().Name} is not supported."),
        };
    }

    private EntityCollection ExecuteAggregate(QueryExpression expression, QueryExpressionExecutor executor, EvaluationContext context)
    {
        var (source, spec) = QueryExpressionAggregates.Split(expression);
        return new Aggregator(rows, context).Execute(source, spec, executor);
    }

    private EntityCollection ExecuteFetch(FetchQuery fetch, QueryExpressionExecutor executor, EvaluationContext context) =>
        fetch.Aggregate is { } aggregate
            ? new Aggregator(rows, context).Execute(fetch.Query, aggregate, executor)
            : executor.Execute(fetch.Query);
}
