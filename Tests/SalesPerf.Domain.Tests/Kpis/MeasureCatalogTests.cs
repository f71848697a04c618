using System;
using System.Linq;
using SalesPerf.Domain.Kpis;

namespace SalesPerf.Domain.Tests.Kpis;

public class MeasureCatalogTests
{
    [Theory]
    [InlineData(Measure.Revenue, 100000000)] // contract value
    [InlineData(Measure.WonDeals, 100000001)] // contract value
    [InlineData(Measure.WinRate, 100000002)] // contract value
    [InlineData(Measure.SalesCycleDays, 100000003)] // contract value
    [InlineData(Measure.NewCustomers, 100000004)] // contract value
    [InlineData(Measure.NewCustomerRevenueShare, 100000005)] // contract value
    [InlineData(Measure.OrderAmount, 100000006)] // contract value
    [InlineData(Measure.GrossMargin, 100000007)] // contract value
    [InlineData(Measure.GrossMarginPercent, 100000008)] // contract value
    [InlineData(Measure.CollectedAmount, 100000009)] // contract value
    [InlineData(Measure.CollectionRate, 100000010)] // contract value
    [InlineData(Measure.RevenueGrowth, 100000011)] // contract value
    [InlineData(Measure.RepeatPurchaseRate, 100000012)] // contract value
    [InlineData(Measure.Manual, 100000013)] // contract value
    [InlineData(Measure.CompletedVisits, 100000014)] // contract value (issue 14)
    [InlineData(Measure.VisitSuccessRate, 100000015)] // contract value (issue 14)
    [InlineData(Measure.LeadConversionRate, 100000016)] // contract value (issue 14)
    [InlineData(Measure.FunnelStageConversion, 100000017)] // contract value (issue 14)
    [InlineData(Measure.CustomerRetentionRate, 100000018)] // contract value (issue 14)
    [InlineData(Measure.CustomerChurnRate, 100000019)] // contract value (issue 14)
    [InlineData(Measure.CrossSell, 100000020)] // contract value (issue 14)
    [InlineData(Measure.CustomerSatisfaction, 100000021)] // contract value (issue 14)
    public void Measure_Value_MatchesDataModel(Measure measure, int value)
    {
        Assert.Equal(value, (int)measure);
    }

    [Fact]
    public void All_EveryMeasure_HasExactlyOneDefinition()
    {
        var measures = Enum.GetValues(typeof(Measure)).Cast<Measure>().ToArray();

        Assert.Equal(22, measures.Length);
        Assert.Equal(measures.OrderBy(m => m), MeasureCatalog.All.Select(d => d.Measure).OrderBy(m => m));
    }

    [Theory]
    [InlineData(Measure.Revenue, "opportunity", "actualclosedate", MeasureAggregation.Sum, KpiDirection.HigherIsBetter, KpiUnit.Amount)] // Σ actualvalue_base
    [InlineData(Measure.WinRate, "opportunity", "actualclosedate", MeasureAggregation.Ratio, KpiDirection.HigherIsBetter, KpiUnit.Percent)] // won ÷ closed
    [InlineData(Measure.SalesCycleDays, "opportunity", "actualclosedate", MeasureAggregation.Average, KpiDirection.LowerIsBetter, KpiUnit.Days)] // lower is better
    [InlineData(Measure.OrderAmount, "salesorder", "datefulfilled", MeasureAggregation.Sum, KpiDirection.HigherIsBetter, KpiUnit.Amount)] // fulfilled orders
    [InlineData(Measure.GrossMarginPercent, "salesorder", "datefulfilled", MeasureAggregation.Ratio, KpiDirection.HigherIsBetter, KpiUnit.Percent)] // margin ÷ amount
    [InlineData(Measure.CollectedAmount, "spm_payment", "spm_paidon", MeasureAggregation.Sum, KpiDirection.HigherIsBetter, KpiUnit.Amount)] // payments
    [InlineData(Measure.CollectionRate, "spm_payment", "spm_paidon", MeasureAggregation.Ratio, KpiDirection.HigherIsBetter, KpiUnit.Percent)] // payments ÷ invoices due
    [InlineData(Measure.RevenueGrowth, "opportunity", "actualclosedate", MeasureAggregation.Growth, KpiDirection.HigherIsBetter, KpiUnit.Percent)] // growth on last year
    [InlineData(Measure.NewCustomers, "opportunity", "actualclosedate", MeasureAggregation.Count, KpiDirection.HigherIsBetter, KpiUnit.Count)] // count
    [InlineData(Measure.CustomerRetentionRate, "opportunity", "actualclosedate", MeasureAggregation.Ratio, KpiDirection.HigherIsBetter, KpiUnit.Percent)] // retained ÷ previous customers
    [InlineData(Measure.CrossSell, "salesorder", "datefulfilled", MeasureAggregation.Count, KpiDirection.HigherIsBetter, KpiUnit.Count)] // customers cross-sold
    [InlineData(Measure.CustomerSatisfaction, "spm_surveyresponse", "spm_respondedon", MeasureAggregation.Average, KpiDirection.HigherIsBetter, KpiUnit.Percent)] // mean score 0–100
    [InlineData(Measure.CustomerChurnRate, "opportunity", "actualclosedate", MeasureAggregation.Ratio, KpiDirection.LowerIsBetter, KpiUnit.Percent)] // lost ÷ previous customers
    public void Get_Measure_HasSourceDateAggregationDirectionUnit(
        Measure measure, string table, string dateColumn, MeasureAggregation aggregation, KpiDirection direction, KpiUnit unit)
    {
        var definition = MeasureCatalog.Get(measure);

        Assert.Equal(table, definition.SourceTable);
        Assert.Equal(dateColumn, definition.DateColumn);
        Assert.Equal(aggregation, definition.Aggregation);
        Assert.Equal(direction, definition.DefaultDirection);
        Assert.Equal(unit, definition.Unit);
    }

    [Fact]
    public void Get_CollectionRate_DenominatorIsInvoicesByDueDate()
    {
        var definition = MeasureCatalog.Get(Measure.CollectionRate);

        Assert.Equal("invoice", definition.DenominatorTable);
        Assert.Equal("duedate", definition.DenominatorDateColumn);
    }

    [Theory]
    [InlineData(Measure.WinRate, true, 100)] // percent of counts
    [InlineData(Measure.NewCustomerRevenueShare, true, 100)] // percent of amounts
    [InlineData(Measure.GrossMarginPercent, true, 100)] // percent of amounts
    [InlineData(Measure.CollectionRate, true, 100)] // percent of amounts
    [InlineData(Measure.RepeatPurchaseRate, true, 100)] // percent of customers
    [InlineData(Measure.RevenueGrowth, true, 100)] // growth percent
    [InlineData(Measure.SalesCycleDays, true, 1)] // an average in days
    [InlineData(Measure.Revenue, false, 100)] // a plain sum
    [InlineData(Measure.Manual, false, 100)] // entered by hand
    public void Get_RatioMeasures_StoreNumeratorAndDenominator(Measure measure, bool hasParts, int scale)
    {
        var definition = MeasureCatalog.Get(measure);

        Assert.Equal(hasParts, definition.HasNumeratorAndDenominator);
        if (hasParts)
        {
            Assert.Equal(scale, definition.RatioScale);
        }
    }

    [Fact]
    public void Get_Manual_HasNoSourceTable()
    {
        Assert.Null(MeasureCatalog.Get(Measure.Manual).SourceTable);
    }

    [Fact]
    public void KpiCreate_SalesCycleWithoutDirection_DefaultsToLowerIsBetter()
    {
        var kpi = Kpi.Create(Common.BilingualText.Of("Sales cycle", "销售周期"), Measure.SalesCycleDays);

        Assert.Equal(KpiDirection.LowerIsBetter, kpi.Direction);
        Assert.Equal(KpiUnit.Days, kpi.Unit);
    }
}
