using System;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Tests.Doubles;

namespace SalesPerf.Plugins.Tests.Infrastructure;

public sealed class ExecutionClockTests
{
    [Fact]
    public void FromContext_StampedOperation_ReturnsOperationCreatedOn()
    {
        var stamp = new DateTime(2026, 3, 31, 23, 59, 0, DateTimeKind.Utc);

        var clock = ExecutionClock.FromContext(new FakePluginExecutionContext { OperationCreatedOn = stamp });

        Assert.Equal(stamp, clock.UtcNow);
        Assert.Equal(DateTimeKind.Utc, clock.UtcNow.Kind);
    }

    [Fact]
    public void UtcToday_LastMinuteOfQuarter_IsTheLastDay()
    {
        var clock = new ExecutionClock(new DateTime(2026, 3, 31, 23, 59, 59, DateTimeKind.Utc));

        Assert.Equal(new DateTime(2026, 3, 31), clock.UtcToday);
    }

    [Fact]
    public void UtcNow_UnspecifiedKind_IsTakenAsUtc()
    {
        var clock = new ExecutionClock(new DateTime(2026, 2, 14, 9, 30, 0, DateTimeKind.Unspecified));

        Assert.Equal(new DateTime(2026, 2, 14, 9, 30, 0, DateTimeKind.Utc), clock.UtcNow);
        Assert.Equal(DateTimeKind.Utc, clock.UtcNow.Kind);
    }

    [Fact]
    public void UtcNow_UnstampedOperation_Throws()
    {
        var clock = new ExecutionClock(default);

        var error = Assert.Throws<InvalidOperationException>(() => clock.UtcNow);

        Assert.Contains("OperationCreatedOn", error.Message, StringComparison.Ordinal);
    }
}
