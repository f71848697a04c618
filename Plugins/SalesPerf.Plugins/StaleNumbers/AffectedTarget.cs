using System;

namespace SalesPerf.Plugins.StaleNumbers;

/// <summary>One active target whose numbers a configuration change affects, with its scorecard (marked with it).</summary>
public sealed record AffectedTarget(Guid Id, Guid? ScorecardId);
