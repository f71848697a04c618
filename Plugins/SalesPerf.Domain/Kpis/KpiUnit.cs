namespace SalesPerf.Domain.Kpis;

/// <summary><c>spm_unit</c>.</summary>
public enum KpiUnit
{
    Amount = 100000000,
    Count = 100000001,
    Percent = 100000002,
    Days = 100000003,
}
