using System.Linq;
using CsCheck;
using SalesPerf.Domain.Kpis;
using SalesPerf.Domain.Money;

namespace SalesPerf.Domain.Tests.Kpis;

public class ActualPropertyTests
{
    private static readonly Gen<Actual> Ratio =
        Gen.Select(Gen.Int[0, 500], Gen.Int[0, 500]).Select((won, lost) => Actual.FromRatio(won, won + lost));

    [Fact]
    public void RollUp_AnyRatios_EqualsSumOfNumeratorsOverSumOfDenominators()
    {
        Ratio.Array[1, 20].Sample(members =>
        {
            var team = Actual.RollUp(members);
            var numerator = members.Sum(m => m.Numerator!.Value);
            var denominator = members.Sum(m => m.Denominator!.Value);

            Assert.Equal(numerator, team.Numerator);
            Assert.Equal(denominator, team.Denominator);
            Assert.Equal(denominator == 0m ? null : CurrencyRounding.Round(numerator * 100m / denominator), team.Value);
        });
    }

    [Fact]
    public void RollUp_AnyRatios_IsIndependentOfMemberOrder()
    {
        Ratio.Array[1, 20].Sample(members =>
            Assert.Equal(Actual.RollUp(members), Actual.RollUp(members.Reverse())));
    }
}
