using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Schema;
using SalesPerf.Plugins.TargetPlanning;
using SalesPerf.Plugins.Tests.Doubles;

namespace SalesPerf.Plugins.Tests.TargetPlanning;

public sealed class DecomposeTargetApiTests
{
    [Theory]
    [InlineData(0)] // absent
    [InlineData(42)] // not a spm_periodtype value
    public void Execute_UnknownPeriodType_ThrowsNamingTheTarget(int periodType)
    {
        var target = new Entity(TargetColumns.EntityName, Guid.NewGuid()) { [TargetColumns.Name] = "Alice FY2026", [TargetColumns.TargetValue] = 10m };
        var builder = StepContextBuilder.ForCustomApi<DecomposeTargetApi>()
            .WithInput(DecomposeTargetApi.TargetParameter, target.ToEntityReference())
            .WithInput(DecomposeTargetApi.PeriodTypeParameter, periodType)
            .WithRow(target);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => builder.Execute(new DecomposeTargetApi()));

        Assert.StartsWith("[SPM-TGT-033] Target 'Alice FY2026': " + periodType + " is not a period type.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(builder.Services.Calls, call => call.StartsWith("Create", StringComparison.Ordinal));
    }

    [Fact]
    public void Execute_UnreadableWeight_ThrowsBeforeReadingPeriods()
    {
        var target = new Entity(TargetColumns.EntityName, Guid.NewGuid()) { [TargetColumns.Name] = "Alice FY2026", [TargetColumns.TargetValue] = 10m };
        var builder = StepContextBuilder.ForCustomApi<DecomposeTargetApi>()
            .WithInput(DecomposeTargetApi.TargetParameter, target.ToEntityReference())
            .WithInput(DecomposeTargetApi.PeriodTypeParameter, 100000002)
            .WithInput(DecomposeTargetApi.WeightsParameter, "25,25,x,50")
            .WithRow(target);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => builder.Execute(new DecomposeTargetApi()));

        Assert.StartsWith("[SPM-TGT-010] Target 'Alice FY2026': seasonal weight 3 ('x') is not a number.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(builder.Services.Calls, call => call.Split(' ')[1] == PeriodColumns.EntityName);
    }
}
