using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.DataAccess.Facts;
using SalesPerf.Plugins.DataAccess.Fetch;

namespace SalesPerf.Plugins.DataAccess;

/// <summary>
/// Runs the measure aggregates (one organisation-service call each, split by <see cref="ChunkedAggregate"/> only when
/// one would read more than the platform's 50,000 rows) and maps their groups to plain buckets at the boundary. Never
/// reads source rows one by one.
/// </summary>
public sealed class MeasureFactsReader
{
    private readonly ChunkedAggregate aggregate;
    private readonly SurveyScoresReader surveys;

    public MeasureFactsReader(IOrganizationService service, Action<string>? trace = null)
    {
        aggregate = new ChunkedAggregate(service);
        surveys = new SurveyScoresReader(service, aggregate, trace);
    }

    /// <summary>
    /// Runs the queries of <paramref name="sources"/> for one KPI filter; those of <paramref name="daySources"/> grouped
    /// by day whatever the scope's grain.
    /// </summary>
    public MeasureFacts Read(IReadOnlyCollection<MeasureSource> sources, AggregateScope scope, IReadOnlyCollection<MeasureSource>? daySources = null)
    {
        var facts = MeasureFacts.Empty;
        var byDay = scope.Grain == BucketGrain.Day ? scope : new AggregateScope(scope.OwnerIds, scope.Span, BucketGrain.Day, scope.Filter, scope.Survey);
        foreach (var source in sources.Distinct().OrderBy(s => s))
        {
            facts = ReadOne(facts, source, daySources?.Contains(source) == true ? byDay : scope);
        }

        return facts;
    }

    private MeasureFacts ReadOne(MeasureFacts facts, MeasureSource source, AggregateScope scope) =>
        source switch
        {
            MeasureSource.OpportunityActivity => facts with { Opportunities = Run(scope, OpportunityActivityFetch.Build, ToOpportunity) },
            MeasureSource.DealSplits => facts with { Splits = Run(scope, DealSplitFetch.Build, ToSplit).Where(s => s is not null).Select(s => s!).Distinct().ToArray() },
            MeasureSource.SalesOrders => facts with { Orders = Run(scope, SalesOrderFetch.Build, ToOrder).Where(o => o is not null).Select(o => o!).ToArray() },
            MeasureSource.Payments => facts with { Payments = Run(scope, PaymentFetch.Build, r => ToAmount(r, PaymentFetch.Owner, PaymentFetch.Paid, PaymentFetch.Payments, PaymentFetch.Amount)).Where(a => a is not null).Select(a => a!).ToArray() },
            MeasureSource.InvoicesDue => facts with { InvoicesDue = Run(scope, InvoiceDueFetch.Build, r => ToAmount(r, InvoiceDueFetch.Owner, InvoiceDueFetch.Due, InvoiceDueFetch.Invoices, InvoiceDueFetch.Amount)).Where(a => a is not null).Select(a => a!).ToArray() },
            MeasureSource.RepeatCustomers => facts with { Customers = Run(scope, RepeatCustomerFetch.Build, ToCustomer).Where(c => c is not null).Select(c => c!).ToArray() },
            MeasureSource.Visits => facts with { Visits = Run(scope, VisitFetch.Build, ProcessBuckets.ToVisit).Where(v => v is not null).Select(v => v!).ToArray() },
            MeasureSource.PhoneCalls => facts with { PhoneCalls = Run(scope, PhoneCallFetch.Build, ProcessBuckets.ToVisit).Where(v => v is not null).Select(v => v!).ToArray() },
            MeasureSource.CreatedOpportunities => facts with { CreatedOpportunities = Run(scope, CreatedOpportunityFetch.Build, ProcessBuckets.ToCreated).Where(c => c is not null).Select(c => c!).ToArray() },
            MeasureSource.ClosedLeads => facts with { Leads = Run(scope, ClosedLeadFetch.Build, ProcessBuckets.ToLead).Where(l => l is not null).Select(l => l!).ToArray() },
            MeasureSource.ClosedStages => facts with { Stages = Run(scope, FunnelFetch.Build, ProcessBuckets.ToStage).Where(s => s is not null).Select(s => s!).ToArray() },
            MeasureSource.SurveyScores => facts with { Surveys = surveys.Read(scope) },
            MeasureSource.CrossSellLines => facts with { CrossSellLines = Run(scope, CrossSellLineFetch.Build, ToCrossSellLine).Where(c => c is not null).Select(c => c!).ToArray() },
            _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Unknown measure source."),
        };

    public static OpportunityBucket ToOpportunity(Entity row) => new(
        Aliased.Id(row, OpportunityActivityFetch.Owner) ?? Guid.Empty,
        Aliased.Int(row, OpportunityActivityFetch.State) ?? -1,
        Aliased.Flag(row, OpportunityActivityFetch.NewCustomer) ?? false,
        DateBuckets.Read(row, OpportunityActivityFetch.Close),
        DateBuckets.Read(row, OpportunityActivityFetch.Estimated),
        Aliased.Int(row, OpportunityActivityFetch.Deals) ?? 0,
        Aliased.NumberOrZero(row, OpportunityActivityFetch.Revenue),
        Aliased.NumberOrZero(row, OpportunityActivityFetch.Pipeline),
        Aliased.NumberOrZero(row, OpportunityActivityFetch.CycleDays),
        Aliased.Int(row, OpportunityActivityFetch.CycleDeals) ?? 0,
        Aliased.Int(row, OpportunityActivityFetch.Probability));

    public static SplitBucket? ToSplit(Entity row)
    {
        var closed = DateBuckets.Read(row, DealSplitFetch.Close);
        var user = Aliased.Id(row, DealSplitFetch.SplitUser);
        var opportunity = Aliased.Id(row, DealSplitFetch.Opportunity);
        var owner = Aliased.Id(row, DealSplitFetch.OpportunityOwner);
        return closed is null || user is null || opportunity is null || owner is null
            ? null
            : new SplitBucket(
                user.Value,
                opportunity.Value,
                owner.Value,
                Aliased.Flag(row, DealSplitFetch.NewCustomer) ?? false,
                closed.Value,
                Aliased.NumberOrZero(row, DealSplitFetch.Percent),
                Aliased.NumberOrZero(row, DealSplitFetch.Value));
    }

    public static OrderBucket? ToOrder(Entity row)
    {
        var date = DateBuckets.Read(row, SalesOrderFetch.Fulfilled);
        var owner = Aliased.Id(row, SalesOrderFetch.Owner);
        return date is null || owner is null
            ? null
            : new OrderBucket(
                owner.Value,
                date.Value,
                Aliased.Int(row, SalesOrderFetch.Orders) ?? 0,
                Aliased.NumberOrZero(row, SalesOrderFetch.Amount),
                Aliased.NumberOrZero(row, SalesOrderFetch.Margin));
    }

    public static AmountBucket? ToAmount(Entity row, string ownerAlias, string datePrefix, string countAlias, string amountAlias)
    {
        var date = DateBuckets.Read(row, datePrefix);
        var owner = Aliased.Id(row, ownerAlias);
        return date is null || owner is null
            ? null
            : new AmountBucket(owner.Value, date.Value, Aliased.Int(row, countAlias) ?? 0, Aliased.NumberOrZero(row, amountAlias));
    }

    public static CustomerBucket? ToCustomer(Entity row)
    {
        var date = DateBuckets.Read(row, RepeatCustomerFetch.Close);
        var owner = Aliased.Id(row, RepeatCustomerFetch.Owner);
        var customer = Aliased.Id(row, RepeatCustomerFetch.Customer);
        return date is null || owner is null || customer is null ? null : new CustomerBucket(owner.Value, customer.Value, date.Value);
    }

    public static CrossSellLine? ToCrossSellLine(Entity row)
    {
        var date = DateBuckets.Read(row, CrossSellLineFetch.Fulfilled);
        var owner = Aliased.Id(row, CrossSellLineFetch.Owner);
        var customer = Aliased.Id(row, CrossSellLineFetch.Customer);
        var product = Aliased.Id(row, CrossSellLineFetch.Product);
        return date is null || owner is null || customer is null || product is null
            ? null
            : new CrossSellLine(owner.Value, customer.Value, product.Value, date.Value);
    }

    private IReadOnlyList<T> Run<T>(AggregateScope scope, Func<AggregateScope, string> build, Func<Entity, T> map) =>
        aggregate.Run(scope, build, map);
}
