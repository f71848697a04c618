using System;
using SalesPerf.Scenarios.Output;

namespace SalesPerf.Scenarios.Tests.Output;

/// <summary>Date rendering: a day for date-only columns, ISO 8601 UTC with only the fraction it needs otherwise.</summary>
public sealed class ValueRendererTests
{
    [Fact]
    public void Date_DateOnly_IsTheDay() =>
        Assert.Equal("2026-02-10", ValueRenderer.Date(new DateTime(2026, 2, 10, 0, 0, 0, DateTimeKind.Utc), dateOnly: true));

    [Fact]
    public void Date_WholeSeconds_HasNoFraction() =>
        Assert.Equal("2026-02-10T08:30:00Z", ValueRenderer.Date(new DateTime(2026, 2, 10, 8, 30, 0, DateTimeKind.Utc), dateOnly: false));

    [Fact]
    public void Date_Milliseconds_KeepsTheFraction() =>
        Assert.Equal("2026-02-10T08:30:00.25Z", ValueRenderer.Date(new DateTime(2026, 2, 10, 8, 30, 0, 250, DateTimeKind.Utc), dateOnly: false));
}
