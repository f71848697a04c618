namespace SalesPerf.Attainment.Tests.Support;

/// <summary><c>spm_measure</c> values (domain doc section 3).</summary>
public static class Measures
{
    public const int Revenue = 100000000;
    public const int WonDeals = 100000001;
    public const int WinRate = 100000002;
    public const int SalesCycleDays = 100000003;
    public const int NewCustomers = 100000004;
    public const int OrderAmount = 100000006;
    public const int GrossMargin = 100000007;
    public const int CollectedAmount = 100000009;
    public const int CollectionRate = 100000010;
    public const int Manual = 100000013;
    public const int CompletedVisits = 100000014;
    public const int VisitSuccessRate = 100000015;
    public const int LeadConversionRate = 100000016;
    public const int RollupChildTargets = 100000001;
    public const int LowerIsBetter = 100000001;
}
