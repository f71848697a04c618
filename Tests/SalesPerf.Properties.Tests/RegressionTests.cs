using System.Linq;
using SalesPerf.Properties.Tests.Events;
using SalesPerf.Properties.Tests.Support;

namespace SalesPerf.Properties.Tests;

/// <summary>Counterexamples the properties found once, kept as fixed sequences (docs/domain-rules.md "Properties that always hold").</summary>
public class RegressionTests
{
    /// <summary>
    /// Property 1, seed 9NzFQ7kSMtq1 shrunk to three events: Bob's Q2 statement settled while Q2 was running, then his deal
    /// reopened, left Bob paid 150 for a deal that is not won. A statement now leaves Open only after its period has ended.
    /// </summary>
    [Fact]
    public void Reopen_AfterApprovalOfTheRunningQuarter_ApprovalRefusedAndNothingKept()
    {
        var world = new SalesWorld(PlanShape.Flat);

        var outcomes = SequenceRunner.Run(world,
        [
            new WinDeal("Deal B1", 1_500m, 104),
            new StatementAction(StatementActionKind.Approve, "Bob", "FY2026-Q2", "Nancy"),
            new ReopenDeal("Deal B1"),
        ], compareRefused: true);

        Assert.Equal([false, true, false], outcomes.Select(o => o.Refused));
        Assert.StartsWith("[SPM-STM-008]", outcomes[1].Refusal);
        Assert.Contains("'FY2026-Q2' ends on 2026-06-30", outcomes[1].Refusal);
        Assert.Equal("", outcomes[1].Changes);
        var statement = world.Statement("Bob", "FY2026-Q2")!;
        Assert.Equal(SalesWorld.OpenStatus, WorldState.Status(statement));
        Assert.Equal(0m, WorldState.Amount(statement, "spm_payableamount"));
        SalesChecks.NoDealPaysAboveItsWorth(world);
    }
}
