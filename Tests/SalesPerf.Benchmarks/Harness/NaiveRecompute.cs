using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace SalesPerf.Benchmarks.Harness;

/// <summary>
/// The recomputation the engine avoids: retrieve every opportunity of the rep, 5,000 a page (the most one page may
/// hold) with the paging cookie, as a plug-in would have to, and sum each period's figures in memory. Its cost grows
/// with the book: one call per page, one row per opportunity.
/// </summary>
public static class NaiveRecompute
{
    public const int PageSize = 5000;

    private static readonly string[] Columns = ["statecode", "actualvalue_base", "actualclosedate", "estimatedclosedate", "estimatedvalue_base", "spm_salescycledays"];

    public static NaiveResult Run(IOrganizationService service, Guid rep, IReadOnlyList<PeriodRange> periods)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(periods);
        var sums = periods.Select(p => new PeriodSums(p)).ToList();
        var query = new QueryExpression("opportunity")
        {
            ColumnSet = new ColumnSet(Columns),
            PageInfo = new PagingInfo { Count = PageSize, PageNumber = 1 },
        };
        query.Criteria.AddCondition("ownerid", ConditionOperator.Equal, rep);

        var calls = 0;
        var rows = 0;
        while (true)
        {
            var page = service.RetrieveMultiple(query);
            calls++;
            rows += page.Entities.Count;
            foreach (var opportunity in page.Entities)
            {
                foreach (var sum in sums)
                {
                    sum.Add(opportunity);
                }
            }

            if (!page.MoreRecords)
            {
                break;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }

        return new NaiveResult(new EventCost(calls, rows), sums.Select(s => s.Figures()).ToList());
    }

    /// <summary>Running totals of one period; mutable only inside one <see cref="Run"/>.</summary>
    private sealed class PeriodSums(PeriodRange period)
    {
        private decimal _revenue;
        private decimal _pipeline;
        private int _won;
        private int _lost;
        private int _cycleDays;
        private int _cycleDeals;

        public void Add(Entity opportunity)
        {
            var state = opportunity.GetAttributeValue<OptionSetValue>("statecode")?.Value;
            if (state == 0)
            {
                if (period.Contains(opportunity.GetAttributeValue<DateTime?>("estimatedclosedate")))
                {
                    _pipeline += opportunity.GetAttributeValue<Money>("estimatedvalue_base")?.Value ?? 0m;
                }

                return;
            }

            if (!period.Contains(opportunity.GetAttributeValue<DateTime?>("actualclosedate")))
            {
                return;
            }

            if (opportunity.GetAttributeValue<int?>("spm_salescycledays") is int days)
            {
                _cycleDays += days;
                _cycleDeals++;
            }

            if (state == 1)
            {
                _won++;
                _revenue += opportunity.GetAttributeValue<Money>("actualvalue_base")?.Value ?? 0m;
            }
            else
            {
                _lost++;
            }
        }

        public PeriodFigures Figures() => new(period, _revenue, _won, _lost, _cycleDays, _cycleDeals, _pipeline);
    }
}

/// <summary>What the naive recompute read and what it summed.</summary>
public sealed record NaiveResult(EventCost Cost, IReadOnlyList<PeriodFigures> Periods);

/// <summary>A period by its first and last day (inclusive, whole days).</summary>
public sealed record PeriodRange(string Code, DateTime First, DateTime Last)
{
    public bool Contains(DateTime? date) => date is DateTime value && value.Date >= First.Date && value.Date <= Last.Date;
}

/// <summary>One period's opportunity figures, summed in memory: won revenue, won and lost deals, cycle days and the open pipeline.</summary>
public sealed record PeriodFigures(PeriodRange Period, decimal Revenue, int WonDeals, int LostDeals, int CycleDays, int CycleDeals, decimal Pipeline);
