using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.Domain.Kpis;
using SalesPerf.Domain.Periods;
using SalesPerf.Plugins.DataAccess.Facts;

namespace SalesPerf.Plugins.Attainment;

/// <summary>
/// The process measures' actuals from their buckets (domain-rules.md "Process KPIs"): completed visits, visit success
/// rate, lead conversion rate and funnel stage conversion. Pure: no SDK, no I/O.
/// </summary>
public static class ProcessMeasures
{
    public static Actual Compute(Measure measure, Guid ownerId, DateRange period, MeasureFacts facts, int? salesStage) => measure switch
    {
        Measure.CompletedVisits => Visits(ownerId, period, facts),
        Measure.VisitSuccessRate => VisitSuccess(ownerId, period, facts),
        Measure.LeadConversionRate => LeadConversion(ownerId, period, facts),
        Measure.FunnelStageConversion => Funnel(ownerId, period, facts, salesStage),
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "Not a process measure."),
    };

    /// <summary>Completed appointments whose scheduled end falls in the period; no visit gives no actual.</summary>
    private static Actual Visits(Guid ownerId, DateRange period, MeasureFacts facts)
    {
        var count = VisitsIn(ownerId, period, facts).Sum(v => v.Visits);
        return count == 0 ? Actual.None : Actual.FromValue(count);
    }

    /// <summary>
    /// Distinct customers (accounts, contacts) the owner visited in the period ÷ those of them for which the owner created
    /// an opportunity on a visit's day or in the <see cref="MeasureNeeds.VisitSuccessDays"/> days after it.
    /// </summary>
    private static Actual VisitSuccess(Guid ownerId, DateRange period, MeasureFacts facts)
    {
        var visits = VisitsIn(ownerId, period, facts).Where(v => v.CustomerId.HasValue).ToArray();
        var created = facts.CreatedOpportunities.Where(o => o.OwnerId == ownerId).ToLookup(o => o.CustomerId, o => o.Created);
        var customers = visits.GroupBy(v => v.CustomerId!.Value).ToArray();
        var successful = customers.Count(c => c.Any(v => created[c.Key].Any(d => d >= v.Date && d <= v.Date.AddDays(MeasureNeeds.VisitSuccessDays))));
        return Actual.FromRatio(successful, customers.Length);
    }

    /// <summary>Leads qualified in the period ÷ leads qualified or disqualified in it (both by their stamped close date).</summary>
    private static Actual LeadConversion(Guid ownerId, DateRange period, MeasureFacts facts)
    {
        var closed = facts.Leads.Where(l => l.OwnerId == ownerId && period.Contains(l.Closed)).ToArray();
        return Actual.FromRatio(closed.Where(l => l.State == 1).Sum(l => l.Leads), closed.Sum(l => l.Leads));
    }

    /// <summary>
    /// Of the opportunities closed in the period that reached the stage (won, or lost at that stage or later), the share
    /// that moved past it (won, or lost at a later stage). A lost opportunity with no stage reached none.
    /// </summary>
    private static Actual Funnel(Guid ownerId, DateRange period, MeasureFacts facts, int? stage)
    {
        if (stage is null)
        {
            return Actual.None;
        }

        var closed = facts.Stages.Where(s => s.OwnerId == ownerId && period.Contains(s.Closed)).ToArray();
        var reached = closed.Where(s => s.State == 1 || (s.Stage.HasValue && s.Stage.Value >= stage.Value)).Sum(s => s.Deals);
        var passed = closed.Where(s => s.State == 1 || (s.Stage.HasValue && s.Stage.Value > stage.Value)).Sum(s => s.Deals);
        return Actual.FromRatio(passed, reached);
    }

    private static IEnumerable<VisitBucket> VisitsIn(Guid ownerId, DateRange period, MeasureFacts facts) =>
        facts.Visits.Where(v => v.OwnerId == ownerId && period.Contains(v.Date));
}
