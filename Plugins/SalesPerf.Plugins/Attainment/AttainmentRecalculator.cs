using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Domain.Kpis;
using SalesPerf.Domain.Periods;
using SalesPerf.Domain.Scorecards;
using SalesPerf.Domain.Targets;
using SalesPerf.Plugins.DataAccess;
using SalesPerf.Plugins.DataAccess.Facts;
using SalesPerf.Plugins.DataAccess.Fetch;
using SalesPerf.Plugins.DataAccess.Rows;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Attainment;

/// <summary>
/// Recomputes targets from source (never incrementally) and writes only what changed, in this order:
/// <list type="number">
/// <item>one query for the affected active targets (with KPI, period and the parent's roll-up source);</item>
/// <item>one aggregate per needed source and KPI filter, covering every owner and period at once (grouped by owner and
/// month, or day when a period is not month-aligned; the calculator sums buckets into each period); for CrossSell two
/// more per distinct period start (<see cref="PriorPurchasesReader"/>);</item>
/// <item>one Update per target whose computed columns changed;</item>
/// <item>one query for the scorecards of changed targets with their lines, then one Update per changed weighted score;</item>
/// <item>shared rows last: per level of ChildTargets parents (at most <see cref="MaxParentLevels"/>, leaf to root) one
/// query for the parents and one aggregate over their children, then one Update per changed parent in id order
/// (roll-up Σ values or Σnum ÷ Σden, allocation and variance); then the changed parents' scorecards.</item>
/// </list>
/// Calls therefore depend on the number of targets and KPI filters configured for the owner, never on the number of
/// source records. Callers (real-time steps, spm_Recalculate, target changes) pass the organisation service (SYSTEM),
/// and open the engine-write scope around the call.
/// </summary>
public sealed class AttainmentRecalculator
{
    /// <summary>Team hierarchies deeper than this are not rolled up in the same transaction.</summary>
    public const int MaxParentLevels = 3;

    private readonly TargetReader targets;
    private readonly ChildTotalsReader childTotals;
    private readonly MeasureFactsReader facts;
    private readonly PriorPurchasesReader priorPurchases;
    private readonly TargetWriter targetWriter;
    private readonly ScorecardReader scorecards;
    private readonly ScorecardWriter scorecardWriter;
    private readonly DateTime now;
    private readonly CalendarDate today;
    private readonly Action<string> trace;

    public AttainmentRecalculator(IOrganizationService service, DateTime utcNow, Action<string>? trace = null)
    {
        if (service is null)
        {
            throw new ArgumentNullException(nameof(service));
        }

        targets = new TargetReader(service);
        childTotals = new ChildTotalsReader(service);
        facts = new MeasureFactsReader(service, trace);
        priorPurchases = new PriorPurchasesReader(service);
        targetWriter = new TargetWriter(service);
        scorecards = new ScorecardReader(service);
        scorecardWriter = new ScorecardWriter(service);
        now = utcNow;
        today = CalendarDate.FromDateTime(utcNow);
        this.trace = trace ?? (_ => { });
    }

    /// <summary>After a source record changed: the owners' active targets in every period containing one of their dates.</summary>
    public RecalculationResult ForOwners(IEnumerable<OwnerDates> changes)
    {
        var list = (changes ?? throw new ArgumentNullException(nameof(changes))).Where(c => c.OwnerId != Guid.Empty && c.Dates.Count > 0).ToArray();
        if (list.Length == 0)
        {
            return RecalculationResult.Nothing;
        }

        var owners = list.Select(c => c.OwnerId).Distinct().ToArray();
        var dates = list.SelectMany(c => c.Dates).Distinct().ToArray();
        var rows = targets.ForOwnersOn(owners, dates);
        trace($"{rows.Count} active target(s) of {owners.Length} owner(s) on {string.Join(", ", dates)}.");
        return Recompute(rows, Array.Empty<Guid>(), Array.Empty<Guid>());
    }

    /// <summary>
    /// After targets themselves changed (terms, parent, scorecard, state) or for a bulk recalculation: these targets,
    /// plus the given parents (reconciled even when no child's numbers moved) and scorecards.
    /// </summary>
    public RecalculationResult ForTargets(IReadOnlyCollection<Guid> targetIds, IReadOnlyCollection<Guid> parentIds, IReadOnlyCollection<Guid> scorecardIds)
    {
        var rows = targets.ForIds(targetIds ?? Array.Empty<Guid>());
        return Recompute(rows, parentIds ?? Array.Empty<Guid>(), scorecardIds ?? Array.Empty<Guid>());
    }

    /// <summary>Recomputes already-read targets (e.g. a page of a bulk recalculation) with their parents and scorecards.</summary>
    public RecalculationResult Recompute(IReadOnlyList<TargetRow> rows, IReadOnlyCollection<Guid> parentIds, IReadOnlyCollection<Guid> scorecardIds)
    {
        if (rows is null)
        {
            throw new ArgumentNullException(nameof(rows));
        }

        var own = rows.Where(r => !r.RollsUpChildren).ToArray();
        var sourceFacts = ReadFacts(own);
        var changed = new List<TargetRow>();
        foreach (var target in own)
        {
            var figures = OwnFigures(target, sourceFacts[target.Kpi.FactsKey]);
            if (Write(target, figures, includeActual: !target.IsManual, includeAllocation: false))
            {
                changed.Add(target);
            }
        }

        // The owner's own rows first; shared rows (team and organisation parents, their scorecards) last, leaf to root
        // and by id inside a level, so they are locked for the shortest time and always in the same order.
        var cards = new HashSet<Guid>(scorecardIds ?? Array.Empty<Guid>());
        cards.UnionWith(ScorecardsOf(changed));
        var cardsWritten = RecomputeScorecards(cards);

        var parents = new HashSet<Guid>(parentIds ?? Array.Empty<Guid>());
        parents.UnionWith(rows.Where(r => r.RollsUpChildren).Select(r => r.Id));
        parents.UnionWith(ChildTargetParents(changed));
        var changedParents = RecomputeParents(parents);
        changed.AddRange(changedParents);

        var sharedCards = new HashSet<Guid>(ScorecardsOf(changedParents));
        sharedCards.ExceptWith(cards);
        cardsWritten += RecomputeScorecards(sharedCards);
        return new RecalculationResult(rows.Count, changed.Count, cardsWritten);
    }

    private static IEnumerable<Guid> ScorecardsOf(IEnumerable<TargetRow> targets) =>
        targets.Where(t => t.ScorecardId.HasValue).Select(t => t.ScorecardId!.Value);

    private static IEnumerable<Guid> ChildTargetParents(IEnumerable<TargetRow> changed) =>
        changed.Where(t => t.ParentId.HasValue && t.ParentRollupSource == Schema.TargetStates.RollupChildTargets).Select(t => t.ParentId!.Value);

    private Dictionary<string, MeasureFacts> ReadFacts(IReadOnlyCollection<TargetRow> own)
    {
        var result = new Dictionary<string, MeasureFacts>(StringComparer.Ordinal);
        foreach (var group in own.GroupBy(t => t.Kpi.FactsKey, StringComparer.Ordinal))
        {
            var sources = group.SelectMany(t => MeasureNeeds.Sources(t.Kpi)).Distinct().ToArray();
            if (sources.Length == 0)
            {
                result[group.Key] = MeasureFacts.Empty;
                continue;
            }

            var ranges = group.SelectMany(t => MeasureNeeds.Ranges(t.Kpi.Measure, t.Period.Range)).ToArray();
            var span = DateRange.Of(ranges.Min(r => r.Start), ranges.Max(r => r.End));
            var grain = DateBuckets.GrainFor(group.SelectMany(t => MeasureNeeds.BucketedRanges(t.Kpi.Measure, t.Period.Range)));
            var survey = group.FirstOrDefault(t => t.Kpi.Measure == Measure.CustomerSatisfaction)?.Kpi.SurveySource;
            var scope = new AggregateScope(group.Select(t => t.OwnerId), span, grain, group.First().Kpi.Filter, survey);
            var daySources = group.SelectMany(t => MeasureNeeds.DaySources(t.Kpi)).Distinct().ToArray();
            trace($"Aggregates {string.Join(", ", sources)} for {scope.OwnerIds.Count} owner(s), {span}, by {scope.Grain}{(daySources.Length > 0 ? " (by day: " + string.Join(", ", daySources) + ")" : string.Empty)}.");
            var read = facts.Read(sources, scope, daySources);
            var crossSell = group.Where(t => t.Kpi.Measure == Measure.CrossSell).Select(t => t.Period.Range).ToArray();
            result[group.Key] = crossSell.Length == 0 ? read : priorPurchases.Complete(read, crossSell, scope.OwnerIds);
        }

        return result;
    }

    private TargetFigures? OwnFigures(TargetRow target, MeasureFacts source)
    {
        if (target.IsManual)
        {
            var manual = target.Stored.ActualValue.HasValue ? Actual.FromValue(target.Stored.ActualValue.Value) : Actual.None;
            return TargetFiguresCalculator.Evaluate(target, manual, null, null, today);
        }

        var outcome = MeasureCalculator.Compute(target.Kpi.Measure, target.OwnerId, target.Period.Range, MeasureNeeds.For(target.Kpi, source), target.Kpi.SalesStage);
        return TargetFiguresCalculator.Evaluate(target, outcome.Actual, outcome.InProgress, outcome.WeightedPipeline, today);
    }

    private bool Write(TargetRow target, TargetFigures? figures, bool includeActual, bool includeAllocation)
    {
        if (figures is null)
        {
            trace($"Target {target.Name}: its terms do not validate; left as it is.");
            return false;
        }

        figures = WithinColumnLimits(target, figures);
        var changes = target.Stored.ChangesTo(figures, includeActual, includeAllocation);
        if (changes.Count == 0)
        {
            return false;
        }

        trace($"Target {target.Name} ({target.Kpi.Measure}, {target.Period.Code}): {string.Join(", ", changes.Keys)} changed.");
        return targetWriter.Write(target.Id, changes, now);
    }

    /// <summary>A value beyond its column's limit is stored at the limit (see <see cref="TargetFigures.Normalised"/>), and both traces say so.</summary>
    private TargetFigures WithinColumnLimits(TargetRow target, TargetFigures figures)
    {
        var overflows = figures.Overflows();
        if (overflows.Count == 0)
        {
            return figures;
        }

        var notes = overflows.Select(o => OverflowNote.Format(o.Column, o.Computed, o.Stored)).ToArray();
        foreach (var note in notes)
        {
            trace($"Target {target.Name}: {note}");
        }

        return figures with { CalculationTrace = string.Join("\n", new[] { figures.CalculationTrace ?? string.Empty }.Concat(notes)).Trim('\n') };
    }

    /// <summary>
    /// Per level (at most <see cref="MaxParentLevels"/>): the parents' rows (one query) and one aggregate over their
    /// children (<see cref="ChildTotalsReader"/>), never the children's rows; parents are written in id order.
    /// </summary>
    private List<TargetRow> RecomputeParents(HashSet<Guid> parentIds)
    {
        var changed = new List<TargetRow>();
        var level = parentIds.ToArray();
        for (var depth = 0; depth < MaxParentLevels && level.Length > 0; depth++)
        {
            var rows = targets.ForIds(level);
            // A parent that is also the parent of another parent of this level (a hierarchy of uneven depth) waits for
            // the next level, so it is computed once, after its child, and written once.
            var waiting = new HashSet<Guid>(ChildTargetParents(rows).Where(level.Contains));
            var now = rows.Where(r => !waiting.Contains(r.Id)).OrderBy(r => r.Id).ToList();
            var totals = childTotals.Read(now.Select(r => r.Id).ToArray());
            var next = new List<Guid>(waiting);
            foreach (var parent in now)
            {
                var children = totals.TryGetValue(parent.Id, out var found) ? found : ChildTotals.None;
                var allocation = Reconciliation.Of(parent.TargetValue, new[] { children.TargetValueSum });
                var figures = parent.RollsUpChildren ? RolledUp(parent, children) : parent.Stored;
                figures = figures is null ? null : figures with { AllocatedValue = allocation.Allocated, AllocationVariance = allocation.Variance };
                if (Write(parent, figures, includeActual: parent.RollsUpChildren, includeAllocation: true))
                {
                    changed.Add(parent);
                    next.AddRange(ChildTargetParents(new[] { parent }));
                }
            }

            level = next.Distinct().ToArray();
        }

        return changed;
    }

    private TargetFigures? RolledUp(TargetRow parent, ChildTotals children) =>
        TargetFiguresCalculator.Evaluate(parent, children.RollUp(parent.Kpi.Kpi.Definition), children.InProgress, children.WeightedPipeline, today);

    private int RecomputeScorecards(HashSet<Guid> scorecardIds)
    {
        var written = 0;
        foreach (var card in scorecards.ForIds(scorecardIds))
        {
            var computed = WeightedScore.Compute(card.Lines);
            var score = ComputedColumnLimits.Clamp(ScorecardColumns.EntityName, ScorecardColumns.WeightedScore, computed);
            if (score != computed)
            {
                trace($"Scorecard {card.Id:D}: {OverflowNote.Format(ScorecardColumns.WeightedScore, computed!.Value, score!.Value)}");
            }

            if (score == card.StoredWeightedScore && !card.ClearsMark)
            {
                continue;
            }

            trace($"Scorecard {card.Id:D}: weighted score {card.StoredWeightedScore?.ToString() ?? "none"} → {score?.ToString() ?? "none"}{(card.ClearsMark ? "; recalculation mark cleared" : string.Empty)}.");
            scorecardWriter.Write(card.Id, score, now, clearMark: card.ClearsMark);
            written++;
        }

        return written;
    }
}
