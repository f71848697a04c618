using SalesPerf.Domain.Targets;

namespace SalesPerf.Domain.Tests.Targets;

public class ReconciliationTests
{
    public static TheoryData<decimal, decimal[], decimal, decimal> Rows => new()
    {
        { 1000000m, new[] { 400000m, 350000m }, 750000m, 250000m }, // under-allocated: positive variance
        { 100m, new[] { 80m, 40m }, 120m, -20m }, // over-allocated: negative variance
        { 12000000m, new[] { 3000000m, 3000000m, 3000000m, 3000000m }, 12000000m, 0m }, // fully decomposed
        { 500m, new decimal[0], 0m, 500m }, // no children yet
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Of_ChildTargets_AllocatedIsSumVarianceIsRest(decimal target, decimal[] children, decimal allocated, decimal variance)
    {
        var reconciliation = Reconciliation.Of(target, children);

        Assert.Equal(allocated, reconciliation.Allocated);
        Assert.Equal(variance, reconciliation.Variance);
    }
}
