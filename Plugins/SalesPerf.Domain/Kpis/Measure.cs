namespace SalesPerf.Domain.Kpis;

/// <summary><c>spm_measure</c>: what a KPI measures (values are the data-model contract).</summary>
public enum Measure
{
    Revenue = 100000000,
    WonDeals = 100000001,
    WinRate = 100000002,
    SalesCycleDays = 100000003,
    NewCustomers = 100000004,
    NewCustomerRevenueShare = 100000005,
    OrderAmount = 100000006,
    GrossMargin = 100000007,
    GrossMarginPercent = 100000008,
    CollectedAmount = 100000009,
    CollectionRate = 100000010,
    RevenueGrowth = 100000011,
    RepeatPurchaseRate = 100000012,
    Manual = 100000013,
    CompletedVisits = 100000014,
    VisitSuccessRate = 100000015,
    LeadConversionRate = 100000016,
    FunnelStageConversion = 100000017,
    CustomerRetentionRate = 100000018,
    CustomerChurnRate = 100000019,
    CrossSell = 100000020,
    CustomerSatisfaction = 100000021,
}
