using SalesPerf.Domain.Kpis;

namespace SalesPerf.Domain.Tests.Kpis;

/// <summary>The process measures of issue 14 in the catalogue: source, date column, aggregation, direction and unit (domain-rules.md "Process KPIs").</summary>
public sealed class ProcessMeasureCatalogTests
{
    [Theory]
    [InlineData(Measure.CompletedVisits, "appointment", "scheduledend", MeasureAggregation.Count, KpiUnit.Count)]
    [InlineData(Measure.VisitSuccessRate, "appointment", "scheduledend", MeasureAggregation.Ratio, KpiUnit.Percent)]
    [InlineData(Measure.LeadConversionRate, "lead", "spm_closedon", MeasureAggregation.Ratio, KpiUnit.Percent)]
    [InlineData(Measure.FunnelStageConversion, "opportunity", "actualclosedate", MeasureAggregation.Ratio, KpiUnit.Percent)]
    public void Get_ProcessMeasure_HasItsSourceDateAggregationAndUnit(Measure measure, string table, string date, MeasureAggregation aggregation, KpiUnit unit)
    {
        var definition = MeasureCatalog.Get(measure);

        Assert.Equal(table, definition.SourceTable);
        Assert.Equal(date, definition.DateColumn);
        Assert.Equal(aggregation, definition.Aggregation);
        Assert.Equal(KpiDirection.HigherIsBetter, definition.DefaultDirection);
        Assert.Equal(unit, definition.Unit);
        Assert.Null(definition.ValueColumn);
    }

    [Theory]
    [InlineData(Measure.VisitSuccessRate)]
    [InlineData(Measure.LeadConversionRate)]
    [InlineData(Measure.FunnelStageConversion)]
    public void Get_ProcessRatios_RollUpAsSumOverSum(Measure measure)
    {
        var definition = MeasureCatalog.Get(measure);

        Assert.True(definition.HasNumeratorAndDenominator);
        Assert.Equal(100m, definition.RatioScale);
    }

    [Fact]
    public void Get_CompletedVisits_IsAPlainCount()
    {
        Assert.False(MeasureCatalog.Get(Measure.CompletedVisits).HasNumeratorAndDenominator);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, true)]
    [InlineData(4, false)]
    [InlineData(-1, false)]
    public void SalesStage_Exists_OnlyTheStockStages(int value, bool exists)
    {
        Assert.Equal(exists, SalesStage.Exists(value));
    }

    [Fact]
    public void SalesStage_List_NamesEveryStageInBothLanguages()
    {
        Assert.Equal("0 Qualify, 1 Develop, 2 Propose, 3 Close", SalesStage.List(chinese: false));
        Assert.Equal("0 资格审查、1 开发、2 提议、3 结束", SalesStage.List(chinese: true));
    }
}
