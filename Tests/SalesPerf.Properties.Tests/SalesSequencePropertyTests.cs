using System;
using System.Linq;
using CsCheck;
using Microsoft.Xrm.Sdk;
using SalesPerf.Properties.Tests.Support;

namespace SalesPerf.Properties.Tests;

/// <summary>
/// Properties that always hold (docs/domain-rules.md), over random sequences of wins, losses, reopens, splits, payments,
/// refunds and statement actions run through the local organisation with the real registrations. A failure prints the
/// seed (CsCheck's "Set seed") and the shrunk event list; a counterexample found once is kept in <c>RegressionTests</c>.
/// </summary>
public class SalesSequencePropertyTests
{
    /// <summary>Sequences per property (the order property runs half as many, two worlds each); SPM_PROPERTY_ITERATIONS runs more for a deeper search.</summary>
    private static readonly int Iterations =
        int.TryParse(Environment.GetEnvironmentVariable("SPM_PROPERTY_ITERATIONS"), out var iterations) && iterations > 0 ? iterations : 10;

    [Fact]
    public void Credit_AnySequence_NeverPaysMoreThanTheDealsWorth()
    {
        var flat = SalesGen.Mixed(SalesGen.AnyQuarter).Select(s => s with { Plan = PlanShape.Flat });
        Gen.Select(flat, SalesGen.Order).Sample((scenario, order) =>
        {
            var world = new SalesWorld(scenario.Plan);
            SequenceRunner.Run(world, scenario.Sequence(order));
            SalesChecks.NoDealPaysAboveItsWorth(world);
        }, iter: Iterations, print: Print);
    }

    [Fact]
    public void Statement_AnySequence_LinesAddUpToTheTotals()
    {
        Gen.Select(SalesGen.Mixed(SalesGen.AnyQuarter), SalesGen.Order).Sample((scenario, order) =>
        {
            var world = new SalesWorld(scenario.Plan);
            SequenceRunner.Run(world, scenario.Sequence(order));
            SalesChecks.LinesAddUp(world);
        }, iter: Iterations, print: Print);
    }

    [Fact]
    public void Recalculate_AfterAnySequence_ChangesNothing()
    {
        Gen.Select(SalesGen.Mixed(SalesGen.AnyQuarter), SalesGen.Order).Sample((scenario, order) =>
        {
            var world = new SalesWorld(scenario.Plan);
            SequenceRunner.Run(world, scenario.Sequence(order));
            var before = WorldState.Snapshot(world, includeAudit: false, includeRank: false);

            SalesChecks.RecalculateEverything(world);

            var changes = WorldState.Difference(before, WorldState.Snapshot(world, includeAudit: false, includeRank: false));
            Assert.True(changes.Length == 0, "spm_Recalculate changed rows:\n" + changes);
        }, iter: Iterations, print: Print);
    }

    [Fact]
    public void Figures_SameEventsInAnotherOrder_AreEqual()
    {
        Gen.Select(SalesGen.Phased, SalesGen.Order, SalesGen.Order).Sample((scenario, first, second) =>
        {
            var one = new SalesWorld(scenario.Plan);
            SequenceRunner.Run(one, scenario.Sequence(first));
            var other = new SalesWorld(scenario.Plan);
            SequenceRunner.Run(other, scenario.Sequence(second));

            var difference = WorldState.Difference(WorldState.Figures(one), WorldState.Figures(other));
            Assert.True(difference.Length == 0, "Figures differ with the order:\n" + difference + "\nsecond order:\n" + Scenario.Print(scenario.Plan, scenario.Sequence(second)));
        }, iter: Iterations / 2, print: t => Print((t.Item1, t.Item2)));
    }

    [Fact]
    public void CollectedAmount_AnySequence_AgreesWithTheCommissionCredit()
    {
        Gen.Select(SalesGen.Mixed(SalesGen.AnyQuarter), SalesGen.Order).Sample((scenario, order) =>
        {
            var world = new SalesWorld(scenario.Plan);
            SequenceRunner.Run(world, scenario.Sequence(order));
            SalesChecks.CollectedAmountAgreesWithCredit(world);
        }, iter: Iterations, print: Print);
    }

    [Fact]
    public void RefusedEvent_AnySequence_LeavesEveryRowUnchanged()
    {
        Gen.Select(SalesGen.Mixed(SalesGen.AnyQuarter), SalesGen.Order).Sample((scenario, order) =>
        {
            var world = new SalesWorld(scenario.Plan);
            var outcomes = SequenceRunner.Run(world, scenario.Sequence(order), compareRefused: true);
            var changed = outcomes.Where(o => o.Refused && o.Changes.Length > 0).ToList();
            Assert.True(changed.Count == 0, string.Join("\n", changed.Select(o => $"'{o.Event}' was refused ({o.Refusal}) but changed:\n{o.Changes}")));
        }, iter: Iterations, print: Print);
    }

    private static string Print((Scenario Scenario, int[] Order) sample) => Scenario.Print(sample.Scenario.Plan, sample.Scenario.Sequence(sample.Order));
}
