using SalesPerf.Domain.Periods;

namespace SalesPerf.Domain.Targets;

/// <summary>One child target a decomposition creates: same owner and KPI, a shorter period, a share of the value.</summary>
public readonly record struct DecomposedTarget(FiscalPeriod Period, decimal TargetValue);
