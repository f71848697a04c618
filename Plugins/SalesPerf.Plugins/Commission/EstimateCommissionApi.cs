using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Commission;
using SalesPerf.Domain.Periods;
using SalesPerf.Domain.Statements;
using SalesPerf.Plugins.Commission.DataAccess;
using SalesPerf.Plugins.Commission.Rows;
using SalesPerf.Plugins.DataAccess;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Messages;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Commission;

/// <summary>
/// <c>spm_EstimateCommission</c>: what the opportunity's owner would earn if it were won now (domain
/// <see cref="CommissionEstimator"/>): the owner's won-revenue assignment containing the close date, its sources as the
/// engine reads them, plus the hypothetical win at the owner's share (after deal splits). Reads only; writes nothing.
/// <c>Amount</c> defaults to the estimated value, <c>CloseDate</c> to the estimated close date, else today. The trace
/// is in the caller's language. Only the deal's audience (<see cref="EstimateAudience"/>) gets an answer; anyone else
/// is refused with SPM-EST-001, before anything about the deal's owner or plan is read.
/// </summary>
[CustomApi(UniqueName, DisplayName = "Estimate commission",
    Description = "What the rep would earn if the open opportunity were won now. Writes nothing.",
    ChineseDisplayName = "估算佣金",
    ChineseDescription = "若该未结商机此刻赢单，销售代表将获得的佣金。不写入任何数据。")]
[CustomApiRequestParameter(OpportunityParameter, CustomApiParameterType.EntityReference, LogicalEntityName = OpportunityColumns.EntityName,
    Description = "The open opportunity.",
    DisplayName = "Opportunity", ChineseDisplayName = "商机",
    ChineseDescription = "未结商机。")]
[CustomApiRequestParameter(AmountParameter, CustomApiParameterType.Decimal, IsOptional = true, Description = "Deal amount (base currency); default: estimated value.",
    DisplayName = "Amount", ChineseDisplayName = "金额",
    ChineseDescription = "交易金额（本位币）；默认：预计收入。")]
[CustomApiRequestParameter(CloseDateParameter, CustomApiParameterType.DateTime, IsOptional = true, Description = "Close date; default: estimated close date.",
    DisplayName = "Close Date", ChineseDisplayName = "结束日期",
    ChineseDescription = "结束日期；默认：预计结束日期。")]
[CustomApiResponseProperty(CommissionProperty, CustomApiParameterType.Decimal, Description = "Change in the statement's earned amount.",
    DisplayName = "Commission", ChineseDisplayName = "佣金",
    ChineseDescription = "对账单应得佣金的变化。")]
[CustomApiResponseProperty(AttainmentProperty, CustomApiParameterType.Decimal, Description = "Attainment percent after the win.",
    DisplayName = "Attainment", ChineseDisplayName = "达成率",
    ChineseDescription = "赢单后的达成率（%）。")]
[CustomApiResponseProperty(TraceProperty, CustomApiParameterType.String, Description = "How the estimate came about.",
    DisplayName = "Trace", ChineseDisplayName = "计算过程",
    ChineseDescription = "估算的计算过程。")]
public sealed class EstimateCommissionApi : PluginBase
{
    public const string UniqueName = "spm_EstimateCommission";
    public const string OpportunityParameter = "Opportunity";
    public const string AmountParameter = "Amount";
    public const string CloseDateParameter = "CloseDate";
    public const string CommissionProperty = "Commission";
    public const string AttainmentProperty = "Attainment";
    public const string TraceProperty = "Trace";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var reference = context.Input<EntityReference>(OpportunityParameter) ?? throw new InvalidOperationException("Opportunity is required.");
        var service = context.SystemService;
        var opportunity = service.Retrieve(OpportunityColumns.EntityName, reference.Id, new ColumnSet(
            OpportunityColumns.OwnerId, OpportunityColumns.EstimatedValue, OpportunityColumns.EstimatedValueBase, OpportunityColumns.EstimatedCloseDate));
        var ownerId = opportunity.GetAttributeValue<EntityReference>(OpportunityColumns.OwnerId)?.Id ?? Guid.Empty;
        var splits = new OpportunityReader(service).Splits(reference.Id);
        var credited = new[] { ownerId }.Concat(OpportunityReader.Users(splits)).Where(u => u != Guid.Empty).Distinct().ToArray();
        if (!EstimateAudience.Allows(context.InitiatingUserService, service, context.Context.InitiatingUserId, reference.Id, credited))
        {
            var name = service.Retrieve(OpportunityColumns.EntityName, reference.Id, new ColumnSet(OpportunityColumns.Name)).GetAttributeValue<string>(OpportunityColumns.Name);
            throw context.BusinessError(CreditGuardMessages.EstimateNotAllowed, name ?? "-");
        }

        var amount = Math.Max(0m, context.Input<decimal?>(AmountParameter)
            ?? RowMerge.Money(opportunity, OpportunityColumns.EstimatedValueBase) ?? RowMerge.Money(opportunity, OpportunityColumns.EstimatedValue) ?? 0m);
        var closeInput = context.Input<DateTime?>(CloseDateParameter) ?? opportunity.GetAttributeValue<DateTime?>(OpportunityColumns.EstimatedCloseDate);
        var closeDate = closeInput.HasValue ? CalendarDate.FromDateTime(DateTime.SpecifyKind(closeInput.Value, DateTimeKind.Utc)) : CalendarDate.FromDateTime(context.Clock.UtcToday);
        var chinese = UserLanguage.Read(service, context.Context.InitiatingUserId) == LanguageCodes.ChineseSimplified;

        var assignment = new AssignmentReader(service).ForOwnerOn(ownerId, closeDate, CommissionBases.Opportunity).FirstOrDefault();
        var read = assignment is null
            ? null
            : StatementSourcesReader.Read(context, assignment, new StatementReader(service).ForAssignment(assignment.Id), RecomputeRequest.Plain);
        if (read is null)
        {
            Respond(context, 0m, 0m, chinese
                ? "负责人在 " + closeDate + " 没有可用的赢单佣金计划分配，因此预计佣金为 0。"
                : "The owner has no usable won-revenue plan assignment on " + closeDate + ", so the estimate is 0.");
            return;
        }

        var splitPercent = 100m - splits.Where(s => s.UserId != ownerId).Sum(s => s.Percent);
        var estimate = CommissionEstimator.Estimate(read.Sources, reference.Id.ToString("D"), amount, closeDate, Math.Max(0m, Math.Min(100m, splitPercent)));
        Respond(context, estimate.Commission, estimate.AttainmentPercent, chinese ? estimate.Trace.Chinese : estimate.Trace.English);
    }

    private static void Respond(LocalPluginContext context, decimal commission, decimal attainment, string trace)
    {
        context.Output(CommissionProperty, commission);
        context.Output(AttainmentProperty, attainment);
        context.Output(TraceProperty, trace);
    }
}
