using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Commission;
using SalesPerf.Domain.Periods;
using SalesPerf.Plugins.Commission.Rows;
using SalesPerf.Plugins.DataAccess;
using SalesPerf.Plugins.Reviews;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Commission.DataAccess;

/// <summary>
/// Reads one rep's credit transactions of one basis and period: every query names its columns and is paged (5,000
/// rows a page), so the cost is one call per page whatever the period holds. Won revenue: the rep's own won deals and
/// the deals they have an active split on, each with all its active splits (so <see cref="DealSplits.Allocate"/> divides it exactly;
/// a deactivated split credits nobody);
/// fulfilled orders and margins: the rep's fulfilled orders; collections: payments on invoices the rep owns.
/// </summary>
internal sealed class CreditReader(IOrganizationService service)
{
    public const int QueriesPerPage = 2;
    private const string SplitAlias = "s";
    private const string OpportunityAlias = "o";
    private const string AllSplitsAlias = "a";
    private readonly IOrganizationService service = service ?? throw new ArgumentNullException(nameof(service));

    public IReadOnlyList<CreditTransaction> Read(CommissionBasis basis, Guid repId, DateRange period, ICollection<string> excluded) =>
        (basis switch
        {
            CommissionBasis.FulfilledOrders => Orders(repId, period, SalesOrderColumns.TotalAmountBase, SalesOrderColumns.TotalAmount),
            CommissionBasis.GrossMargin => Orders(repId, period, SalesOrderColumns.GrossMarginBase, SalesOrderColumns.GrossMargin),
            CommissionBasis.Collections => Payments(repId, period),
            _ => Won(repId, period),
        }).Where(t => !excluded.Contains(t.Id)).ToList();

    private IEnumerable<CreditTransaction> Won(Guid repId, DateRange period)
    {
        var own = new QueryExpression(OpportunityColumns.EntityName)
        {
            ColumnSet = new ColumnSet(OpportunityColumns.ActualValue, OpportunityColumns.ActualValueBase, OpportunityColumns.ActualCloseDate, OpportunityColumns.CreatedOn),
        };
        own.Criteria.AddCondition(OpportunityColumns.OwnerId, ConditionOperator.Equal, repId);
        WonIn(own.Criteria, period);
        own.Orders.Add(new OrderExpression(OpportunityColumns.Id, OrderType.Ascending));
        var splits = own.AddLink(DealSplitColumns.EntityName, OpportunityColumns.Id, DealSplitColumns.OpportunityId, JoinOperator.LeftOuter);
        splits.EntityAlias = SplitAlias;
        splits.Columns = new ColumnSet(DealSplitColumns.UserId, DealSplitColumns.SplitPercent);
        splits.LinkCriteria.AddCondition(DealSplitColumns.StateCode, ConditionOperator.Equal, 0);
        foreach (var deal in QueryPages.All(service, own).GroupBy(r => r.Id))
        {
            var first = deal.First();
            var share = Shares(first.Id, repId, Math.Max(0m, Amount(first, OpportunityColumns.ActualValueBase, OpportunityColumns.ActualValue)), deal, SplitAlias)
                .FirstOrDefault(s => s.IsOwner);
            if (share.UserId is not null)
            {
                yield return CreditTransaction.ForShare(first.Id.ToString("D"), Date(first.GetAttributeValue<DateTime?>(OpportunityColumns.ActualCloseDate)), Sequence(first.GetAttributeValue<DateTime?>(OpportunityColumns.CreatedOn)), Math.Max(0m, Amount(first, OpportunityColumns.ActualValueBase, OpportunityColumns.ActualValue)), share);
            }
        }

        var mine = new QueryExpression(DealSplitColumns.EntityName) { ColumnSet = new ColumnSet(DealSplitColumns.OpportunityId) };
        mine.Criteria.AddCondition(DealSplitColumns.UserId, ConditionOperator.Equal, repId);
        mine.Criteria.AddCondition(DealSplitColumns.StateCode, ConditionOperator.Equal, 0);
        mine.Orders.Add(new OrderExpression(DealSplitColumns.Id, OrderType.Ascending));
        var deals = mine.AddLink(OpportunityColumns.EntityName, DealSplitColumns.OpportunityId, OpportunityColumns.Id);
        deals.EntityAlias = OpportunityAlias;
        deals.Columns = new ColumnSet(OpportunityColumns.OwnerId, OpportunityColumns.ActualValue, OpportunityColumns.ActualValueBase, OpportunityColumns.ActualCloseDate, OpportunityColumns.CreatedOn);
        WonIn(deals.LinkCriteria, period);
        var all = deals.AddLink(DealSplitColumns.EntityName, OpportunityColumns.Id, DealSplitColumns.OpportunityId, JoinOperator.LeftOuter);
        all.EntityAlias = AllSplitsAlias;
        all.Columns = new ColumnSet(DealSplitColumns.UserId, DealSplitColumns.SplitPercent);
        all.LinkCriteria.AddCondition(DealSplitColumns.StateCode, ConditionOperator.Equal, 0);
        foreach (var deal in QueryPages.All(service, mine).GroupBy(r => Aliased.Id(r, DealSplitColumns.OpportunityId) ?? Guid.Empty))
        {
            var first = deal.First();
            var owner = Aliased.Id(first, OpportunityAlias + "." + OpportunityColumns.OwnerId) ?? Guid.Empty;
            var amount = AliasedAmount(first);
            var share = Shares(deal.Key, owner, amount, deal, AllSplitsAlias)
                .FirstOrDefault(s => !s.IsOwner && string.Equals(s.UserId, repId.ToString("D"), StringComparison.OrdinalIgnoreCase));
            if (share.UserId is not null && owner != repId)
            {
                yield return CreditTransaction.ForShare(
                    deal.Key.ToString("D"),
                    Date(Aliased.Date(first, OpportunityAlias + "." + OpportunityColumns.ActualCloseDate)),
                    Sequence(Aliased.Date(first, OpportunityAlias + "." + OpportunityColumns.CreatedOn)),
                    amount,
                    share);
            }
        }
    }

    private IEnumerable<CreditTransaction> Orders(Guid repId, DateRange period, string baseColumn, string column)
    {
        var query = new QueryExpression(SalesOrderColumns.EntityName)
        {
            ColumnSet = new ColumnSet(baseColumn, column, SalesOrderColumns.DateFulfilled, "createdon"),
        };
        query.Criteria.AddCondition(SalesOrderColumns.OwnerId, ConditionOperator.Equal, repId);
        query.Criteria.AddCondition(SalesOrderColumns.StateCode, ConditionOperator.Equal, SalesOrderColumns.StateFulfilled);
        query.Criteria.AddCondition(SalesOrderColumns.DateFulfilled, ConditionOperator.GreaterEqual, period.Start.ToDateTime());
        query.Criteria.AddCondition(SalesOrderColumns.DateFulfilled, ConditionOperator.LessThan, period.End.AddDays(1).ToDateTime());
        query.Orders.Add(new OrderExpression(SalesOrderColumns.Id, OrderType.Ascending));
        return QueryPages.All(service, query).Select(row => CreditTransaction.Create(
            row.Id.ToString("D"),
            Date(row.GetAttributeValue<DateTime?>(SalesOrderColumns.DateFulfilled)),
            Sequence(row.GetAttributeValue<DateTime?>("createdon")),
            Math.Max(0m, Amount(row, baseColumn, column))));
    }

    private IEnumerable<CreditTransaction> Payments(Guid repId, DateRange period)
    {
        var query = new QueryExpression(PaymentColumns.EntityName)
        {
            ColumnSet = new ColumnSet(PaymentColumns.Amount, PaymentColumns.AmountBase, PaymentColumns.PaidOn, "createdon"),
        };
        query.Criteria.AddCondition(PaymentColumns.StateCode, ConditionOperator.Equal, 0);
        query.Criteria.AddCondition(PaymentColumns.PaidOn, ConditionOperator.GreaterEqual, period.Start.ToDateTime());
        query.Criteria.AddCondition(PaymentColumns.PaidOn, ConditionOperator.LessThan, period.End.AddDays(1).ToDateTime());
        query.Orders.Add(new OrderExpression(PaymentColumns.Id, OrderType.Ascending));
        var invoice = query.AddLink(InvoiceColumns.EntityName, PaymentColumns.InvoiceId, InvoiceColumns.Id);
        invoice.LinkCriteria.AddCondition(InvoiceColumns.OwnerId, ConditionOperator.Equal, repId);
        return QueryPages.All(service, query).Select(row => CreditTransaction.Create(
            row.Id.ToString("D"),
            Date(row.GetAttributeValue<DateTime?>(PaymentColumns.PaidOn)),
            Sequence(row.GetAttributeValue<DateTime?>("createdon")),
            Math.Max(0m, Amount(row, PaymentColumns.AmountBase, PaymentColumns.Amount))));
    }

    /// <summary>The deal's credit shares after its active splits (<paramref name="rows"/> joined to them under <paramref name="alias"/>).</summary>
    internal static IEnumerable<CreditShare> Shares(Guid opportunityId, Guid ownerId, decimal amount, IEnumerable<Entity> rows, string alias)
    {
        var splits = rows
            .Select(r => new { User = Aliased.Id(r, alias + "." + DealSplitColumns.UserId), Percent = Aliased.Number(r, alias + "." + DealSplitColumns.SplitPercent) })
            .Where(s => s.User.HasValue)
            .GroupBy(s => s.User!.Value)
            .Select(g => new DealSplit(g.Key.ToString("D"), g.First().Percent ?? 0m))
            .OrderBy(s => s.UserId, StringComparer.Ordinal)
            .ToArray();
        var allocation = DealSplits.Allocate(opportunityId.ToString("D"), ownerId.ToString("D"), amount, splits);

        // Invalid splits are refused when written (SPM-SPL-*); rows that predate the rule credit the owner alone.
        return allocation.IsValid
            ? allocation.Value
            : DealSplits.Allocate(opportunityId.ToString("D"), ownerId.ToString("D"), amount, Array.Empty<DealSplit>()).Value;
    }

    private static void WonIn(FilterExpression filter, DateRange period)
    {
        filter.AddCondition(OpportunityColumns.StateCode, ConditionOperator.Equal, OpportunityColumns.StateWon);
        filter.AddCondition(OpportunityColumns.ActualCloseDate, ConditionOperator.GreaterEqual, period.Start.ToDateTime());
        filter.AddCondition(OpportunityColumns.ActualCloseDate, ConditionOperator.LessThan, period.End.AddDays(1).ToDateTime());
    }

    internal static decimal Amount(Entity row, string baseColumn, string column) =>
        RowMerge.Money(row, baseColumn) ?? RowMerge.Money(row, column) ?? 0m;

    private static decimal AliasedAmount(Entity row) =>
        Math.Max(0m, Aliased.Number(row, OpportunityAlias + "." + OpportunityColumns.ActualValueBase)
            ?? Aliased.Number(row, OpportunityAlias + "." + OpportunityColumns.ActualValue) ?? 0m);

    internal static CalendarDate Date(DateTime? value) => CalendarDate.FromDateTime(DateTime.SpecifyKind(value ?? default, DateTimeKind.Utc));

    internal static long Sequence(DateTime? createdOn) => createdOn?.Ticks ?? 0L;
}
