using System;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Feedback;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Feedback;

/// <summary>
/// The review cycle's feedback weights, read from the period (one Retrieve). A period whose stored weights would not
/// pass <see cref="FeedbackWeights.Create"/> (saved before the rule, or by a migration bypassing plug-ins) gives the
/// defaults: configuration never stops a rep's review from being scored.
/// </summary>
internal static class CycleWeights
{
    public static FeedbackWeights Read(Microsoft.Xrm.Sdk.IOrganizationService service, Guid periodId)
    {
        var period = service.Retrieve(PeriodColumns.EntityName, periodId, new ColumnSet(FeedbackPeriodColumns.All));
        var weights = FeedbackWeights.Create(
            period.GetAttributeValue<decimal?>(FeedbackPeriodColumns.ManagerWeight),
            period.GetAttributeValue<decimal?>(FeedbackPeriodColumns.PeerWeight),
            period.GetAttributeValue<decimal?>(FeedbackPeriodColumns.CustomerWeight),
            period.GetAttributeValue<int?>(FeedbackPeriodColumns.MinimumResponses));
        return weights.IsValid ? weights.Value : FeedbackWeights.Default;
    }
}
