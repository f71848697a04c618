using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.Domain.Kpis;
using SalesPerf.Domain.Periods;
using SalesPerf.Plugins.DataAccess.Facts;

namespace SalesPerf.Plugins.Attainment;

/// <summary>
/// Turns aggregated buckets into a measure's actual for one owner and period (domain doc section 3): sums the buckets
/// whose date falls in the period, credits won revenue by deal split, and hands numerators and denominators to the
/// domain's <see cref="Actual"/>. No records gives no actual. Pure: no SDK, no I/O.
/// </summary>
public static class MeasureCalculator
{
    public static MeasureOutcome Compute(Measure measure, Guid ownerId, DateRange period, MeasureFacts facts, int? salesStage = null)
    {
        if (facts is null)
        {
            throw new ArgumentNullException(nameof(facts));
        }

        var won = Closed(facts, ownerId, period, 1);
        switch (measure)
        {
            case Measure.Revenue:
                var revenue = Credited(facts, ownerId, period, newCustomersOnly: false);
                var pipeline = Open(facts, ownerId, period).ToArray();
                return new MeasureOutcome(
                    revenue.Records == 0 ? Actual.None : Actual.FromValue(revenue.Amount), pipeline.Sum(b => b.Pipeline), pipeline.Sum(b => b.WeightedPipeline));
            case Measure.WonDeals:
                var open = Open(facts, ownerId, period).ToArray();
                return new MeasureOutcome(Count(won.Sum(b => b.Deals)), open.Sum(b => b.Deals), open.Sum(b => b.WeightedDeals));
            case Measure.WinRate:
                var wonDeals = won.Sum(b => b.Deals);
                return new MeasureOutcome(Actual.FromRatio(wonDeals, wonDeals + Closed(facts, ownerId, period, 2).Sum(b => b.Deals)), null);
            case Measure.SalesCycleDays:
                return new MeasureOutcome(Actual.FromAverage(won.Sum(b => b.CycleDays), won.Sum(b => b.CycleDeals)), null);
            case Measure.NewCustomers:
                return new MeasureOutcome(Count(won.Where(b => b.IsNewCustomer).Sum(b => b.Deals)), null);
            case Measure.NewCustomerRevenueShare:
                return new MeasureOutcome(
                    Actual.FromRatio(Credited(facts, ownerId, period, newCustomersOnly: true).Amount, Credited(facts, ownerId, period, newCustomersOnly: false).Amount),
                    null);
            case Measure.RevenueGrowth:
                return new MeasureOutcome(
                    Actual.FromGrowth(Credited(facts, ownerId, period, false).Amount, Credited(facts, ownerId, period.OneYearEarlier(), false).Amount),
                    null);
            case Measure.OrderAmount:
            case Measure.GrossMargin:
            case Measure.GrossMarginPercent:
                return new MeasureOutcome(Orders(measure, facts.Orders.Where(o => o.OwnerId == ownerId && period.Contains(o.Fulfilled)).ToArray()), null);
            case Measure.CollectedAmount:
                var payments = facts.Payments.Where(p => p.OwnerId == ownerId && period.Contains(p.Date)).ToArray();
                return new MeasureOutcome(payments.Sum(p => p.Count) == 0 ? Actual.None : Actual.FromValue(payments.Sum(p => p.Amount)), null);
            case Measure.CollectionRate:
                return new MeasureOutcome(
                    Actual.FromRatio(
                        facts.Payments.Where(p => p.OwnerId == ownerId && period.Contains(p.Date)).Sum(p => p.Amount),
                        facts.InvoicesDue.Where(i => i.OwnerId == ownerId && period.Contains(i.Date)).Sum(i => i.Amount)),
                    null);
            case Measure.RepeatPurchaseRate:
                return new MeasureOutcome(RepeatRate(facts, ownerId, period), null);
            case Measure.CompletedVisits:
            case Measure.VisitSuccessRate:
            case Measure.LeadConversionRate:
            case Measure.FunnelStageConversion:
                return new MeasureOutcome(ProcessMeasures.Compute(measure, ownerId, period, facts, salesStage), null);
            case Measure.CustomerSatisfaction:
                var surveys = facts.Surveys.Where(s => s.OwnerId == ownerId && period.Contains(s.Date)).ToArray();
                return new MeasureOutcome(Actual.FromAverage(surveys.Sum(s => s.Amount), surveys.Sum(s => s.Count)), null);
            case Measure.CrossSell:
                return new MeasureOutcome(CrossSellCount.Compute(facts, ownerId, period), null);
            case Measure.CustomerRetentionRate:
            case Measure.CustomerChurnRate:
                return new MeasureOutcome(CustomerRetention.Compute(measure, facts.Customers, ownerId, period), null);
            default:
                throw new ArgumentOutOfRangeException(nameof(measure), measure, "This measure has no source records.");
        }
    }

    private static Actual Count(int count) => count == 0 ? Actual.None : Actual.FromValue(count);

    private static IEnumerable<OpportunityBucket> Closed(MeasureFacts facts, Guid ownerId, DateRange period, int state) =>
        facts.Opportunities.Where(b => b.OwnerId == ownerId && b.State == state && b.Closed is CalendarDate d && period.Contains(d));

    private static IEnumerable<OpportunityBucket> Open(MeasureFacts facts, Guid ownerId, DateRange period) =>
        facts.Opportunities.Where(b => b.OwnerId == ownerId && b.State == 0 && b.Estimated is CalendarDate d && period.Contains(d));

    /// <summary>
    /// Won revenue credited to the owner: Σ of the owner's won opportunities, minus the shares split away from them,
    /// plus the shares split to the owner (percent × the opportunity's value ÷ 100).
    /// </summary>
    private static Credit Credited(MeasureFacts facts, Guid ownerId, DateRange period, bool newCustomersOnly)
    {
        var won = Closed(facts, ownerId, period, 1).Where(b => !newCustomersOnly || b.IsNewCustomer).ToArray();
        var splits = facts.Splits.Where(s => period.Contains(s.Closed) && (!newCustomersOnly || s.IsNewCustomer)).ToArray();
        var given = splits.Where(s => s.OpportunityOwnerId == ownerId).Sum(s => s.Percent * s.OpportunityValue / 100m);
        var received = splits.Where(s => s.SplitUserId == ownerId).ToArray();
        var amount = won.Sum(b => b.Revenue) - given + received.Sum(s => s.Percent * s.OpportunityValue / 100m);
        return new Credit(amount, won.Sum(b => b.Deals) + received.Length);
    }

    private sealed record Credit(decimal Amount, int Records);

    private static Actual Orders(Measure measure, IReadOnlyCollection<OrderBucket> orders)
    {
        if (measure == Measure.GrossMarginPercent)
        {
            return Actual.FromRatio(orders.Sum(o => o.Margin), orders.Sum(o => o.Amount));
        }

        if (orders.Sum(o => o.Orders) == 0)
        {
            return Actual.None;
        }

        return Actual.FromValue(measure == Measure.OrderAmount ? orders.Sum(o => o.Amount) : orders.Sum(o => o.Margin));
    }

    /// <summary>Customers with a win in the period who also won in the 12 months before it ÷ customers with a win in those 12 months.</summary>
    private static Actual RepeatRate(MeasureFacts facts, Guid ownerId, DateRange period)
    {
        var window = MeasureNeeds.RepeatWindow(period);
        var mine = facts.Customers.Where(c => c.OwnerId == ownerId).ToArray();
        var before = new HashSet<Guid>(mine.Where(c => window.Contains(c.Closed)).Select(c => c.CustomerId));
        var during = new HashSet<Guid>(mine.Where(c => period.Contains(c.Closed)).Select(c => c.CustomerId));
        during.IntersectWith(before);
        return Actual.FromRatio(during.Count, before.Count);
    }
}
