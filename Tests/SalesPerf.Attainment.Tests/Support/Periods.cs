using System;

namespace SalesPerf.Attainment.Tests.Support;

/// <summary>The ids of the FY2026 periods the tests use.</summary>
public sealed record Periods(Guid Year, Guid Q1, Guid January, Guid February, Guid March);
