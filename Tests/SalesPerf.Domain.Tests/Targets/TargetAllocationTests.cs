using System.Linq;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Targets;

namespace SalesPerf.Domain.Tests.Targets;

public class TargetAllocationTests
{
    [Fact]
    public void Allocate_ByAmount_KeepsAmountsAndOrder()
    {
        var members = TargetAllocation.Allocate(
            1000000m, new[] { AllocationEntry.ByValue("ann", 400000m), AllocationEntry.ByValue("bo", 350000m) }).Value;

        Assert.Equal(new[] { new AllocatedTarget("ann", 400000m), new AllocatedTarget("bo", 350000m) }, members);
    }

    [Fact]
    public void Allocate_PercentsSummingTo100_RemainderOnLast()
    {
        var members = TargetAllocation.Allocate(
            100000m,
            new[] { AllocationEntry.ByPercent("a", 33.33m), AllocationEntry.ByPercent("b", 33.33m), AllocationEntry.ByPercent("c", 33.34m) }).Value;

        Assert.Equal(new[] { 33330m, 33330m, 33340m }, members.Select(m => m.TargetValue).ToArray());
        Assert.Equal(100000m, members.Sum(m => m.TargetValue));
    }

    [Fact]
    public void Allocate_ThirdsOfOddAmount_RoundsEachPercentShare()
    {
        var members = TargetAllocation.Allocate(
            100m, new[] { AllocationEntry.ByPercent("a", 33.333m), AllocationEntry.ByValue("b", 10m) }).Value;

        Assert.Equal(new[] { 33.33m, 10m }, members.Select(m => m.TargetValue).ToArray());
    }

    [Fact]
    public void Allocate_OverAllocationByAmount_IsAllowed()
    {
        var result = TargetAllocation.Allocate(100m, new[] { AllocationEntry.ByValue("a", 80m), AllocationEntry.ByValue("b", 40m) });

        Assert.True(result.IsValid);
    }

    [Fact]
    public void Allocate_BrokenRules_ReportsEach()
    {
        var result = TargetAllocation.Allocate(
            100m,
            new[]
            {
                AllocationEntry.ByValue("a", -1m),
                AllocationEntry.ByPercent("b", 101m),
                AllocationEntry.ByPercent("A", 5m),
            });

        Assert.Equal(
            new[]
            {
                RuleViolation.Of("SPM-TGT-022", "a"),
                RuleViolation.Of("SPM-TGT-020", "a", -1m),
                RuleViolation.Of("SPM-TGT-021", "b", 101m),
                RuleViolation.Of("SPM-TGT-023", 106m),
            },
            result.Violations);
    }

    [Fact]
    public void Allocate_Empty_ReportsTgt024()
    {
        Assert.Equal("SPM-TGT-024", Assert.Single(TargetAllocation.Allocate(100m, new AllocationEntry[0]).Violations).Code);
    }
}
