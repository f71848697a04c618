using System;
using SalesPerf.Domain.Kpis;
using SalesPerf.Domain.Periods;
using SalesPerf.Plugins.Attainment;
using SalesPerf.Plugins.DataAccess.Facts;

namespace SalesPerf.Plugins.Tests.Attainment;

/// <summary>CrossSell from order-line groups and the look-back (docs/domain-rules.md, "Customer KPIs"), without any SDK.</summary>
public sealed class CrossSellCountTests
{
    private static readonly Guid Alice = new("aaaaaaaa-0000-0000-0000-000000000001");
    private static readonly Guid Bob = new("bbbbbbbb-0000-0000-0000-000000000002");
    private static readonly Guid Acme = new("cccccccc-0000-0000-0000-000000000001");
    private static readonly Guid Globex = new("cccccccc-0000-0000-0000-000000000002");
    private static readonly Guid Hooli = new("cccccccc-0000-0000-0000-000000000003");
    private static readonly Guid Laptop = new("eeeeeeee-0000-0000-0000-000000000001");
    private static readonly Guid Support = new("eeeeeeee-0000-0000-0000-000000000002");
    private static readonly CalendarDate April = CalendarDate.Create(2026, 4, 1);
    private static readonly DateRange Q2 = DateRange.Of(April, CalendarDate.Create(2026, 6, 30));

    [Fact]
    public void CrossSell_ExistingCustomersWithANewProduct_CountedOnceEach()
    {
        var facts = new MeasureFacts
        {
            CrossSellLines =
            [
                new CrossSellLine(Alice, Acme, Support, April), // Acme bought laptops before: cross-sell
                new CrossSellLine(Alice, Acme, Laptop, April), // not new to Acme
                new CrossSellLine(Alice, Acme, Support, CalendarDate.Create(2026, 5, 1)), // Acme again: counted once
                new CrossSellLine(Alice, Globex, Laptop, April), // Globex bought laptops before: no cross-sell
                new CrossSellLine(Alice, Hooli, Support, April), // Hooli is new: not an existing customer
                new CrossSellLine(Bob, Globex, Support, April), // Bob's
            ],
            PriorPurchases = [new PriorPurchases(April, [Acme, Globex], [new CustomerProduct(Acme, Laptop), new CustomerProduct(Globex, Laptop)])],
        };

        Assert.Equal(1m, MeasureCalculator.Compute(Measure.CrossSell, Alice, Q2, facts).Actual.Value);
        Assert.Equal(1m, MeasureCalculator.Compute(Measure.CrossSell, Bob, Q2, facts).Actual.Value);
    }

    [Fact]
    public void CrossSell_LinesWithoutNewProducts_Zero_NoLines_NoActual()
    {
        var facts = new MeasureFacts
        {
            CrossSellLines = [new CrossSellLine(Alice, Acme, Laptop, April)],
            PriorPurchases = [new PriorPurchases(April, [Acme], [new CustomerProduct(Acme, Laptop)])],
        };

        Assert.Equal(0m, MeasureCalculator.Compute(Measure.CrossSell, Alice, Q2, facts).Actual.Value);
        Assert.False(MeasureCalculator.Compute(Measure.CrossSell, Bob, Q2, facts).Actual.HasValue);
    }
}
