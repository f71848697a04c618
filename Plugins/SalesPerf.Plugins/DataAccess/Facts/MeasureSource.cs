namespace SalesPerf.Plugins.DataAccess.Facts;

/// <summary>The aggregate queries the engine can run; each measure needs one or two of them.</summary>
public enum MeasureSource
{
    OpportunityActivity,
    DealSplits,
    SalesOrders,
    Payments,
    InvoicesDue,
    RepeatCustomers,
    Visits,
    CreatedOpportunities,
    ClosedLeads,
    ClosedStages,
    CrossSellLines,
    SurveyScores,

    /// <summary>Completed phone calls, for a visit KPI that counts them (<c>spm_visitsincludephonecalls</c>).</summary>
    PhoneCalls,
}
