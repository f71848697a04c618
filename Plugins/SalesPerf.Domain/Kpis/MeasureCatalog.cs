using System;
using System.Collections.Generic;
using System.Linq;

namespace SalesPerf.Domain.Kpis;

/// <summary>The definition of every <see cref="Measure"/> (domain.md §3).</summary>
public static class MeasureCatalog
{
    private const string Opportunity = "opportunity";
    private const string SalesOrder = "salesorder";
    private const string Payment = "spm_payment";
    private const string Invoice = "invoice";
    private const string ActualCloseDate = "actualclosedate";
    private const string DateFulfilled = "datefulfilled";
    private const string Appointment = "appointment";
    private const string ScheduledEnd = "scheduledend";
    private const string Lead = "lead";
    private const string LeadClosedOn = "spm_closedon";

    private static readonly MeasureDefinition[] Definitions =
    {
        new(Measure.Revenue, Opportunity, ActualCloseDate, "actualvalue_base", MeasureAggregation.Sum, KpiDirection.HigherIsBetter, KpiUnit.Amount),
        new(Measure.WonDeals, Opportunity, ActualCloseDate, null, MeasureAggregation.Count, KpiDirection.HigherIsBetter, KpiUnit.Count),
        new(Measure.WinRate, Opportunity, ActualCloseDate, null, MeasureAggregation.Ratio, KpiDirection.HigherIsBetter, KpiUnit.Percent),
        new(Measure.SalesCycleDays, Opportunity, ActualCloseDate, "spm_salescycledays", MeasureAggregation.Average, KpiDirection.LowerIsBetter, KpiUnit.Days),
        new(Measure.NewCustomers, Opportunity, ActualCloseDate, null, MeasureAggregation.Count, KpiDirection.HigherIsBetter, KpiUnit.Count),
        new(Measure.NewCustomerRevenueShare, Opportunity, ActualCloseDate, "actualvalue_base", MeasureAggregation.Ratio, KpiDirection.HigherIsBetter, KpiUnit.Percent),
        new(Measure.OrderAmount, SalesOrder, DateFulfilled, "totalamount_base", MeasureAggregation.Sum, KpiDirection.HigherIsBetter, KpiUnit.Amount),
        new(Measure.GrossMargin, SalesOrder, DateFulfilled, "spm_grossmargin_base", MeasureAggregation.Sum, KpiDirection.HigherIsBetter, KpiUnit.Amount),
        new(Measure.GrossMarginPercent, SalesOrder, DateFulfilled, "spm_grossmargin_base", MeasureAggregation.Ratio, KpiDirection.HigherIsBetter, KpiUnit.Percent),
        new(Measure.CollectedAmount, Payment, "spm_paidon", "spm_amount_base", MeasureAggregation.Sum, KpiDirection.HigherIsBetter, KpiUnit.Amount),
        new(Measure.CollectionRate, Payment, "spm_paidon", "spm_amount_base", MeasureAggregation.Ratio, KpiDirection.HigherIsBetter, KpiUnit.Percent, Invoice, "duedate"),
        new(Measure.RevenueGrowth, Opportunity, ActualCloseDate, "actualvalue_base", MeasureAggregation.Growth, KpiDirection.HigherIsBetter, KpiUnit.Percent),
        new(Measure.RepeatPurchaseRate, Opportunity, ActualCloseDate, null, MeasureAggregation.Ratio, KpiDirection.HigherIsBetter, KpiUnit.Percent),
        new(Measure.CompletedVisits, Appointment, ScheduledEnd, null, MeasureAggregation.Count, KpiDirection.HigherIsBetter, KpiUnit.Count),
        new(Measure.VisitSuccessRate, Appointment, ScheduledEnd, null, MeasureAggregation.Ratio, KpiDirection.HigherIsBetter, KpiUnit.Percent),
        new(Measure.LeadConversionRate, Lead, LeadClosedOn, null, MeasureAggregation.Ratio, KpiDirection.HigherIsBetter, KpiUnit.Percent),
        new(Measure.FunnelStageConversion, Opportunity, ActualCloseDate, null, MeasureAggregation.Ratio, KpiDirection.HigherIsBetter, KpiUnit.Percent),

        new(Measure.CustomerRetentionRate, Opportunity, ActualCloseDate, null, MeasureAggregation.Ratio, KpiDirection.HigherIsBetter, KpiUnit.Percent),
        new(Measure.CustomerChurnRate, Opportunity, ActualCloseDate, null, MeasureAggregation.Ratio, KpiDirection.LowerIsBetter, KpiUnit.Percent),

        new(Measure.CrossSell, SalesOrder, DateFulfilled, null, MeasureAggregation.Count, KpiDirection.HigherIsBetter, KpiUnit.Count),

        new(Measure.CustomerSatisfaction, "spm_surveyresponse", "spm_respondedon", "spm_score", MeasureAggregation.Average, KpiDirection.HigherIsBetter, KpiUnit.Percent),

        // A manual KPI's unit is whatever the KPI row says; Percent is only the default offered.
        new(Measure.Manual, null, null, null, MeasureAggregation.Manual, KpiDirection.HigherIsBetter, KpiUnit.Percent),
    };

    private static readonly Dictionary<Measure, MeasureDefinition> ByMeasure = Definitions.ToDictionary(d => d.Measure);

    public static IReadOnlyList<MeasureDefinition> All { get; } = Array.AsReadOnly(Definitions);

    public static MeasureDefinition Get(Measure measure) =>
        ByMeasure.TryGetValue(measure, out var definition)
            ? definition
            : throw new ArgumentOutOfRangeException(nameof(measure), measure, "Unknown measure.");
}
