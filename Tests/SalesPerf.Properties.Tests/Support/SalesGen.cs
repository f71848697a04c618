using System.Collections.Generic;
using System.Linq;
using CsCheck;
using SalesPerf.Properties.Tests.Events;

namespace SalesPerf.Properties.Tests.Support;

/// <summary>
/// Generators of valid and invalid events: wins, losses, reopens, splits (add, change, deactivate, reactivate, delete;
/// shares from 0 to 110 %, the owner and a user twice included), payments (amounts from -200 to 3,000 on invoices of
/// 5,000, refunds as reduced amounts, deactivations, deletes) and statement actions by the right and the wrong person.
/// </summary>
public static class SalesGen
{
    public static readonly Gen<PlanShape> Plan = Gen.OneOfConst(PlanShape.All.ToArray());

    private static readonly Gen<int> AnyDay = Gen.Int[0, Cast.Quarters[^1].LastDay];
    private static readonly Gen<decimal> Revenue = Gen.Int[1, 40].Select(x => x * 100m);
    private static readonly Gen<decimal> Share = Gen.Int[0, 11].Select(x => x * 10m);
    private static readonly Gen<string> Seller = Gen.OneOfConst(Cast.Sellers.ToArray());
    private static readonly Gen<string> Rep = Gen.OneOfConst(Cast.Reps.ToArray());

    public static Gen<SalesEvent> DealEvent(string deal) => Gen.Frequency(
        (4, Gen.Select(Revenue, AnyDay, (r, d) => (SalesEvent)new WinDeal(deal, r, d))),
        (1, AnyDay.Select(d => (SalesEvent)new LoseDeal(deal, d))),
        (2, Gen.Const((SalesEvent)new ReopenDeal(deal))),
        (3, Gen.Select(Seller, Share, (u, p) => (SalesEvent)new AddSplit(deal, u, p))),
        (2, Gen.Select(Seller, Share, (u, p) => (SalesEvent)new ChangeSplit(deal, u, p))),
        (1, Seller.Select(u => (SalesEvent)new DeactivateSplit(deal, u))),
        (1, Seller.Select(u => (SalesEvent)new ReactivateSplit(deal, u))),
        (1, Seller.Select(u => (SalesEvent)new DeleteSplit(deal, u))));

    public static Gen<SalesEvent> InvoiceEvent(string invoice) => Gen.Frequency(
        (5, Gen.Select(Gen.Int[-2, 30], AnyDay, (a, d) => (SalesEvent)new AddPayment(invoice, a * 100m, d))),
        (2, Gen.Select(Gen.Int[1, 3], Gen.Int[-1, 30], (n, a) => (SalesEvent)new RefundPayment(invoice, n, a * 100m))),
        (1, Gen.Int[1, 3].Select(n => (SalesEvent)new DeactivatePayment(invoice, n))),
        (1, Gen.Int[1, 3].Select(n => (SalesEvent)new DeletePayment(invoice, n))));

    /// <summary>Every quarter of the world: the clock stands in the last one, so settling its statements is refused (SPM-STM-008).</summary>
    public static readonly IReadOnlyList<string> AnyQuarter = Cast.Quarters.Select(q => q.Code).ToList();

    /// <summary>Status changes by the person allowed and by someone else, and the changes nobody may make to an agreed statement.</summary>
    public static Gen<SalesEvent> StatementEvent(IReadOnlyList<string> quarters) => Gen.Select(Rep, Gen.OneOfConst(quarters.ToArray()), Gen.Int[0, 11]).Select((rep, quarter, pick) => (SalesEvent)(pick switch
    {
        0 or 1 or 2 => new StatementAction(StatementActionKind.Approve, rep, quarter, "Nancy"),
        3 => new StatementAction(StatementActionKind.Approve, rep, quarter, rep),
        4 => new StatementAction(StatementActionKind.Pay, rep, quarter, "Oscar"),
        5 => new StatementAction(StatementActionKind.Pay, rep, quarter, "Nancy"),
        6 => new StatementAction(StatementActionKind.Dispute, rep, quarter, rep),
        7 => new StatementAction(StatementActionKind.Reopen, rep, quarter, "Nancy"),
        8 => new StatementAction(StatementActionKind.Reopen, rep, quarter, rep),
        9 => new StatementAction(StatementActionKind.Delete, rep, quarter, "Oscar"),
        _ => new StatementAction(StatementActionKind.Move, rep, quarter, rep),
    }));

    /// <summary>Every deal's and invoice's chain, up to <paramref name="perChain"/> events each.</summary>
    public static Gen<Phase> Sources(int perChain) =>
        Cast.Deals.Select(d => DealEvent(d.Name).Array[0, perChain])
            .Concat(Cast.Invoices.Select(i => InvoiceEvent(i).Array[0, perChain]))
            .Aggregate(Gen.Const(new Phase([])), (phase, chain) => Gen.Select(phase, chain, (p, c) => new Phase([.. p.Chains, c])));

    /// <summary>One phase: every source chain and a chain of statement actions on statements of <paramref name="quarters"/>, all interleaved.</summary>
    public static Gen<Scenario> Mixed(IReadOnlyList<string> quarters) =>
        Gen.Select(Plan, Sources(8), StatementEvent(quarters).Array[0, 10], (plan, sources, statements) =>
            Scenario.WithDistinctDays(plan, [new Phase([.. sources.Chains, statements])]));

    /// <summary>Source events, then statement actions in a fixed order, then more source events: the orders to compare differ only inside each source phase.</summary>
    public static readonly Gen<Scenario> Phased =
        Gen.Select(Plan, Sources(3), StatementEvent(AnyQuarter).Array[1, 5], Sources(3), (plan, before, statements, after) =>
            Scenario.WithDistinctDays(plan, [before, new Phase([statements]), after]));

    public static readonly Gen<int[]> Order = Gen.Int[0, 1_000].Array[40];
}
