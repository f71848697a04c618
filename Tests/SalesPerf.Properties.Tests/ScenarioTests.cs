using System.Collections.Generic;
using System.Linq;
using CsCheck;
using SalesPerf.Properties.Tests.Events;
using SalesPerf.Properties.Tests.Support;

namespace SalesPerf.Properties.Tests;

/// <summary>The interleaving the order property relies on: every order keeps every event and each chain's own order.</summary>
public class ScenarioTests
{
    [Fact]
    public void Sequence_AnyChoices_KeepsEveryEventAndEachChainsOrder()
    {
        Gen.Select(SalesGen.Phased, SalesGen.Order).Sample((scenario, order) =>
        {
            var sequence = scenario.Sequence(order);
            Assert.Equal(scenario.Count, sequence.Count);
            var phaseStart = 0;
            foreach (var phase in scenario.Phases)
            {
                var length = phase.Chains.Sum(c => c.Count);
                var part = sequence.Skip(phaseStart).Take(length).ToList();
                foreach (var chain in phase.Chains)
                {
                    Assert.Equal(chain, part.Where(e => chain.Any(c => ReferenceEquals(c, e))).ToList());
                }

                phaseStart += length;
            }
        }, iter: 200);
    }

    [Fact]
    public void WithDistinctDays_TwoWinsOnOneDay_SecondMovesToTheNextFreeDayOfItsQuarter()
    {
        var scenario = Scenario.WithDistinctDays(PlanShape.Flat, [new Phase([new List<SalesEvent> { new WinDeal("Deal A1", 100m, 89), new WinDeal("Deal B1", 100m, 89) }])]);

        var days = scenario.Sequence([0]).Select(e => e.Day).ToList();

        // Day 89 is 31 March, the last of Q1: the next free day of the quarter wraps to its first, 1 January.
        Assert.Equal([89, 0], days);
    }
}
