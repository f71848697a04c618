using System.Linq;
using SalesPerf.Demo;
using SalesPerf.Demo.Generation;

namespace SalesPerf.Demo.Tests;

public sealed class DemoGeneratorTests
{
    private static readonly DemoOptions Small = new() { Seed = 7, Reps = 4, OpportunitiesPerRep = 8, BusinessMonths = 6, Pack = false };

    [Fact]
    public void Generate_SameSeed_GivesSameSteps()
    {
        var first = DemoGenerator.Generate(Small).Steps.Select(DemoStepFormatter.Describe).ToList();
        var second = DemoGenerator.Generate(Small).Steps.Select(DemoStepFormatter.Describe).ToList();

        Assert.Equal(first, second);
    }

    [Fact]
    public void Generate_OtherSeed_GivesOtherSteps()
    {
        var first = DemoGenerator.Generate(Small).Steps.Select(DemoStepFormatter.Describe).ToList();
        var other = DemoGenerator.Generate(Small with { Seed = 8 }).Steps.Select(DemoStepFormatter.Describe).ToList();

        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Generate_Steps_AreInClockOrder()
    {
        var steps = DemoGenerator.Generate(Small).Steps;

        Assert.All(steps.Zip(steps.Skip(1)), pair => Assert.True(pair.First.At <= pair.Second.At, pair.Second.Label));
    }

    [Fact]
    public void Generate_DefaultOptions_GivesTenRepsInTwoTeamsAndAYearOfBusiness()
    {
        var plan = DemoGenerator.Generate(new DemoOptions());

        Assert.Equal(10, plan.Reps.Count);
        Assert.Equal(2, plan.Reps.Select(r => r.Team).Distinct().Count());
        Assert.Contains(plan.Steps, s => s.Request.RequestName == "WinOpportunity");
        Assert.Contains(plan.Steps, s => s.Request.RequestName == "FulfillSalesOrder");
        Assert.Equal(new System.DateTime(2026, 12, 31), plan.BusinessEnd.Date);
    }
}
