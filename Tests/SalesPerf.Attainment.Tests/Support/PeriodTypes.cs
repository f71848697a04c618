namespace SalesPerf.Attainment.Tests.Support;

/// <summary><c>spm_periodtype</c> and other choice values of the contract, as the tests write them.</summary>
public static class PeriodTypes
{
    public const int Year = 100000000;
    public const int Quarter = 100000002;
    public const int Month = 100000003;
}
