using System;
using SalesPerf.Plugins.Attainment;
using SalesPerf.Plugins.DataAccess.Rows;

namespace SalesPerf.Plugins.Tests.Attainment;

/// <summary>The columns stamped on opportunities, orders and invoices.</summary>
public sealed class StampsTests
{
    [Fact]
    public void SalesCycleDays_CreatedLateInTheDay_CountsWholeDates()
    {
        var days = OpportunityStamps.SalesCycleDays(
            new DateTime(2026, 1, 15, 23, 30, 0, DateTimeKind.Utc), new DateTime(2026, 2, 10, 0, 0, 0, DateTimeKind.Utc));

        Assert.Equal(26, days);
    }

    [Fact]
    public void SalesCycleDays_NoCloseDate_Null()
    {
        Assert.Null(OpportunityStamps.SalesCycleDays(new DateTime(2026, 1, 15, 0, 0, 0, DateTimeKind.Utc), null));
    }

    [Fact]
    public void GrossMargin_TwoLinesInUsd_CostConvertedWithTheOrderRate()
    {
        // Line 1: 1,000 − 2 × 100 base × 0.5 = 900; line 2: 500 − 1 × 300 × 0.5 = 350 → 1,250.
        var margin = StampCalculator.GrossMargin([new OrderLine(2m, 1_000m, 100m), new OrderLine(1m, 500m, 300m)], 0.5m);

        Assert.Equal(1_250m, margin);
    }

    [Fact]
    public void AmountPaid_BaseAmountsInInvoiceCurrency_RoundedToCents()
    {
        Assert.Equal(1_381m, StampCalculator.AmountPaid(10_000m, 0.1381m));
        Assert.Equal(0.33m, StampCalculator.AmountPaid(1m, 0.333333m));
    }
}
