namespace SalesPerf.Domain.Kpis;

/// <summary><c>spm_direction</c>.</summary>
public enum KpiDirection
{
    HigherIsBetter = 100000000,
    LowerIsBetter = 100000001,
}
