using System;
using SalesPerf.Domain.Kpis;

namespace SalesPerf.Domain.Tests.Kpis;

public class ActualTests
{
    [Fact]
    public void FromRatio_WinRateOneOfFive_Is20Percent()
    {
        var actual = Actual.FromRatio(1m, 5m);

        Assert.Equal(20.00m, actual.Value);
        Assert.Equal(1m, actual.Numerator);
        Assert.Equal(5m, actual.Denominator);
    }

    [Fact]
    public void FromRatio_ZeroDenominator_HasNoValueButKeepsParts()
    {
        var actual = Actual.FromRatio(0m, 0m);

        Assert.False(actual.HasValue);
        Assert.True(actual.IsRatio);
        Assert.Equal(0m, actual.Denominator);
    }

    [Fact]
    public void FromRatio_OneThird_IsRoundedToTwoDecimals()
    {
        Assert.Equal(33.33m, Actual.FromRatio(1m, 3m).Value);
        Assert.Equal(66.67m, Actual.FromRatio(2m, 3m).Value);
    }

    [Fact]
    public void FromAverage_SalesCycle_IsDaysNotPercent()
    {
        Assert.Equal(50m, Actual.FromAverage(150m, 3m).Value);
    }

    [Theory]
    [InlineData(120000, 100000, 20)] // grew 20 %
    [InlineData(80000, 100000, -20)] // shrank 20 %
    [InlineData(100000, 100000, 0)] // flat
    public void FromGrowth_CurrentAndPrevious_IsPercentChange(int current, int previous, int expected)
    {
        Assert.Equal(expected, Actual.FromGrowth(current, previous).Value);
    }

    [Fact]
    public void FromGrowth_PreviousZero_HasNoValue()
    {
        Assert.False(Actual.FromGrowth(50000m, 0m).HasValue);
    }

    [Fact]
    public void None_Default_HasNoValue()
    {
        Assert.False(Actual.None.HasValue);
        Assert.False(default(Actual).IsRatio);
    }

    [Fact]
    public void RollUp_TwoWinRates_IsSumOverSumNotAverageOfPercents()
    {
        // 1 of 2 (50 %) and 1 of 8 (12.5 %): averaging percentages would say 31.25 %.
        var team = Actual.RollUp(new[] { Actual.FromRatio(1m, 2m), Actual.FromRatio(1m, 8m) });

        Assert.Equal(20.00m, team.Value);
        Assert.Equal(2m, team.Numerator);
        Assert.Equal(10m, team.Denominator);
    }

    [Fact]
    public void RollUp_MemberWithZeroDenominator_StillCounts()
    {
        var team = Actual.RollUp(new[] { Actual.FromRatio(0m, 0m), Actual.FromRatio(3m, 4m) });

        Assert.Equal(75.00m, team.Value);
    }

    [Fact]
    public void RollUp_AllDenominatorsZero_HasNoValue()
    {
        Assert.False(Actual.RollUp(new[] { Actual.FromRatio(0m, 0m), Actual.FromRatio(0m, 0m) }).HasValue);
    }

    [Fact]
    public void RollUp_PlainValues_SumsAndSkipsMembersWithout()
    {
        var team = Actual.RollUp(new[] { Actual.FromValue(20000m), Actual.None, Actual.FromValue(5000.50m) });

        Assert.Equal(25000.50m, team.Value);
        Assert.False(team.IsRatio);
    }

    [Fact]
    public void RollUp_NoChildren_IsNone()
    {
        Assert.Equal(Actual.None, Actual.RollUp(Array.Empty<Actual>()));
    }

    [Fact]
    public void RollUp_Averages_IsWeightedByCount()
    {
        // 3 deals averaging 40 days and 1 deal of 80 days: 200 ÷ 4 = 50, not (40 + 80) ÷ 2.
        var team = Actual.RollUp(new[] { Actual.FromAverage(120m, 3m), Actual.FromAverage(80m, 1m) });

        Assert.Equal(50m, team.Value);
    }

    [Fact]
    public void RollUp_MixedKinds_Throws()
    {
        Assert.Throws<ArgumentException>(() => Actual.RollUp(new[] { Actual.FromValue(1m), Actual.FromRatio(1m, 2m) }));
        Assert.Throws<ArgumentException>(() => Actual.RollUp(new[] { Actual.FromAverage(1m, 2m), Actual.FromRatio(1m, 2m) }));
    }
}
