using System;

namespace SalesPerf.Properties.Tests.Support;

/// <summary>A quarter of the world; <paramref name="FirstDay"/> and <paramref name="LastDay"/> count days from 2026-01-01 (the last one no later than the clock).</summary>
public sealed record Quarter(string Code, DateTime Start, DateTime End, int FirstDay, int LastDay);
