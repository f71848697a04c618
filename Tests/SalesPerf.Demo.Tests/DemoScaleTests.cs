using System;
using System.IO;
using System.Linq;
using SalesPerf.Demo;
using SalesPerf.Demo.Generation;

namespace SalesPerf.Demo.Tests;

/// <summary>Issue 16 item 4: any number of reps from 2 to 1,000, names generated from the seed, teams and units scaled; out of range refused.</summary>
public sealed class DemoScaleTests
{
    private static readonly DemoOptions Thousand = new() { Seed = 5, Reps = 1_000, OpportunitiesPerRep = 4, BusinessMonths = 1, Pack = false };

    [Fact]
    public void Generate_ThousandReps_GivesThousandUniquelyNamedRepsInTeamsOfTenAndTenUnits()
    {
        var plan = DemoGenerator.Generate(Thousand);

        Assert.Equal(1_000, plan.Reps.Count);
        Assert.Equal(1_000, plan.Reps.Select(r => r.FullName).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        var teams = plan.Reps.GroupBy(r => r.Team).ToList();
        Assert.Equal(100, teams.Count);
        Assert.All(teams, t => Assert.Equal(10, t.Count()));
        Assert.Equal(100, plan.Managers.Count);
        Assert.Equal(1_100, plan.Reps.Concat(plan.Managers).Select(p => p.FullName).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(10, plan.Steps.Count(s => s.Request.RequestName == DemoRequests.CreateBusinessUnit));
        Assert.Equal(100, plan.Steps.Count(s => s.Request.RequestName == DemoRequests.CreateTeam));
    }

    [Fact]
    public void Generate_ThousandReps_SameSeedSameNames_OtherSeedOtherNames()
    {
        var first = DemoGenerator.Generate(Thousand).Reps.Select(r => r.FullName).ToList();
        var again = DemoGenerator.Generate(Thousand).Reps.Select(r => r.FullName).ToList();
        var other = DemoGenerator.Generate(Thousand with { Seed = 6 }).Reps.Select(r => r.FullName).ToList();

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Theory]
    [InlineData(2, 2, 2, 1)]
    [InlineData(10, 2, 2, 5)]
    [InlineData(11, 2, 2, 6)]
    [InlineData(37, 4, 2, 10)]
    [InlineData(100, 10, 2, 10)]
    [InlineData(250, 25, 3, 10)]
    public void Generate_Reps_TeamsOfAtMostTenInUnitsOfAtMostTenTeams(int reps, int teams, int units, int largestTeam)
    {
        var plan = DemoGenerator.Generate(new DemoOptions { Seed = 3, Reps = reps, OpportunitiesPerRep = 4, BusinessMonths = 1, Pack = false });

        Assert.Equal(reps, plan.Reps.Count);
        Assert.Equal(teams, plan.Reps.Select(r => r.Team).Distinct().Count());
        Assert.Equal(largestTeam, plan.Reps.GroupBy(r => r.Team).Max(g => g.Count()));
        Assert.Equal(units, plan.Steps.Count(s => s.Request.RequestName == DemoRequests.CreateBusinessUnit));
        Assert.Equal(reps, plan.Reps.Select(r => r.FullName).Distinct().Count());
    }

    [Fact]
    public void Generate_TenReps_AreTheNamedDefaultReps()
    {
        var plan = DemoGenerator.Generate(new DemoOptions());

        Assert.Equal(DemoNames.Reps.Order(StringComparer.Ordinal), plan.Reps.Select(r => r.FullName).Order(StringComparer.Ordinal));
        Assert.Equal(["East 华东", "North 华北"], plan.Reps.Select(r => r.Team).Distinct());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(1)]
    [InlineData(1_001)]
    public void Generate_RepsOutOfRange_IsRefusedNotClamped(int reps)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => DemoGenerator.Generate(new DemoOptions { Reps = reps, Pack = false }));

        Assert.Contains("--reps must be between 2 and 1,000", error.Message, StringComparison.Ordinal);
        Assert.Contains("销售代表人数必须在 2 到 1,000 之间", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1_001)]
    [InlineData(50_000)]
    public void CheckReps_OutOfRange_WritesWhyAndExitsNonZero(int reps)
    {
        using var error = new StringWriter();

        var exit = DemoArguments.CheckReps(reps, error);

        Assert.NotEqual(0, exit);
        Assert.Equal(DemoArguments.UsageError, exit);
        Assert.Contains($"{reps} was given", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("between 2 and 1,000", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(50)]
    [InlineData(1_000)]
    public void CheckReps_InRange_ExitsZeroSilently(int reps)
    {
        using var error = new StringWriter();

        Assert.Equal(0, DemoArguments.CheckReps(reps, error));
        Assert.Empty(error.ToString());
    }
}
