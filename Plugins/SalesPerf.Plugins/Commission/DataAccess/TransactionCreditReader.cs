using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Commission;
using SalesPerf.Plugins.Commission.Rows;
using SalesPerf.Plugins.DataAccess;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Commission.DataAccess;

/// <summary>
/// Reads one transaction's credit for every user it is credited to now, in one query, whatever the period holds: a won
/// opportunity with its active splits (divided by <see cref="DealSplits.Allocate"/>, as <see cref="CreditReader"/> does),
/// a fulfilled order (its owner; total or margin), a payment (the invoice owner). Empty when it credits nobody.
/// </summary>
internal sealed class TransactionCreditReader(IOrganizationService service)
{
    private const string SplitAlias = "s";
    private const string InvoiceAlias = "i";
    private readonly IOrganizationService service = service ?? throw new ArgumentNullException(nameof(service));

    public IReadOnlyList<UserCredit> Read(CommissionBasis basis, Guid sourceId) => basis switch
    {
        CommissionBasis.FulfilledOrders => Order(sourceId, SalesOrderColumns.TotalAmountBase, SalesOrderColumns.TotalAmount),
        CommissionBasis.GrossMargin => Order(sourceId, SalesOrderColumns.GrossMarginBase, SalesOrderColumns.GrossMargin),
        CommissionBasis.Collections => Payment(sourceId),
        _ => Won(sourceId),
    };

    private IReadOnlyList<UserCredit> Won(Guid opportunityId)
    {
        var query = new QueryExpression(OpportunityColumns.EntityName)
        {
            ColumnSet = new ColumnSet(OpportunityColumns.OwnerId, OpportunityColumns.ActualValue, OpportunityColumns.ActualValueBase, OpportunityColumns.ActualCloseDate, OpportunityColumns.CreatedOn),
        };
        query.Criteria.AddCondition(OpportunityColumns.Id, ConditionOperator.Equal, opportunityId);
        query.Criteria.AddCondition(OpportunityColumns.StateCode, ConditionOperator.Equal, OpportunityColumns.StateWon);
        var splits = query.AddLink(DealSplitColumns.EntityName, OpportunityColumns.Id, DealSplitColumns.OpportunityId, JoinOperator.LeftOuter);
        splits.EntityAlias = SplitAlias;
        splits.Columns = new ColumnSet(DealSplitColumns.UserId, DealSplitColumns.SplitPercent);
        splits.LinkCriteria.AddCondition(DealSplitColumns.StateCode, ConditionOperator.Equal, 0);
        var rows = service.RetrieveMultiple(query).Entities;
        var first = rows.FirstOrDefault();
        var owner = first?.GetAttributeValue<EntityReference>(OpportunityColumns.OwnerId);
        var closed = first?.GetAttributeValue<DateTime?>(OpportunityColumns.ActualCloseDate);
        if (first is null || owner is null || !closed.HasValue)
        {
            return Array.Empty<UserCredit>();
        }

        var amount = Math.Max(0m, CreditReader.Amount(first, OpportunityColumns.ActualValueBase, OpportunityColumns.ActualValue));
        var date = CreditReader.Date(closed);
        var sequence = CreditReader.Sequence(first.GetAttributeValue<DateTime?>(OpportunityColumns.CreatedOn));
        return CreditReader.Shares(opportunityId, owner.Id, amount, rows, SplitAlias)
            .Select(share => new UserCredit(Guid.Parse(share.UserId), CreditTransaction.ForShare(opportunityId.ToString("D"), date, sequence, amount, share)))
            .ToList();
    }

    private IReadOnlyList<UserCredit> Order(Guid orderId, string baseColumn, string column)
    {
        var query = new QueryExpression(SalesOrderColumns.EntityName)
        {
            ColumnSet = new ColumnSet(SalesOrderColumns.OwnerId, baseColumn, column, SalesOrderColumns.DateFulfilled, "createdon"),
        };
        query.Criteria.AddCondition(SalesOrderColumns.Id, ConditionOperator.Equal, orderId);
        query.Criteria.AddCondition(SalesOrderColumns.StateCode, ConditionOperator.Equal, SalesOrderColumns.StateFulfilled);
        return service.RetrieveMultiple(query).Entities
            .Where(row => row.GetAttributeValue<EntityReference>(SalesOrderColumns.OwnerId) is not null && row.GetAttributeValue<DateTime?>(SalesOrderColumns.DateFulfilled).HasValue)
            .Select(row => new UserCredit(
                row.GetAttributeValue<EntityReference>(SalesOrderColumns.OwnerId).Id,
                CreditTransaction.Create(
                    row.Id.ToString("D"),
                    CreditReader.Date(row.GetAttributeValue<DateTime?>(SalesOrderColumns.DateFulfilled)),
                    CreditReader.Sequence(row.GetAttributeValue<DateTime?>("createdon")),
                    Math.Max(0m, CreditReader.Amount(row, baseColumn, column)))))
            .ToList();
    }

    private IReadOnlyList<UserCredit> Payment(Guid paymentId)
    {
        var query = new QueryExpression(PaymentColumns.EntityName)
        {
            ColumnSet = new ColumnSet(PaymentColumns.Amount, PaymentColumns.AmountBase, PaymentColumns.PaidOn, "createdon"),
        };
        query.Criteria.AddCondition(PaymentColumns.Id, ConditionOperator.Equal, paymentId);
        query.Criteria.AddCondition(PaymentColumns.StateCode, ConditionOperator.Equal, 0);
        var invoice = query.AddLink(InvoiceColumns.EntityName, PaymentColumns.InvoiceId, InvoiceColumns.Id);
        invoice.EntityAlias = InvoiceAlias;
        invoice.Columns = new ColumnSet(InvoiceColumns.OwnerId);
        return service.RetrieveMultiple(query).Entities
            .Where(row => Aliased.Id(row, InvoiceAlias + "." + InvoiceColumns.OwnerId).HasValue && row.GetAttributeValue<DateTime?>(PaymentColumns.PaidOn).HasValue)
            .Select(row => new UserCredit(
                Aliased.Id(row, InvoiceAlias + "." + InvoiceColumns.OwnerId)!.Value,
                CreditTransaction.Create(
                    row.Id.ToString("D"),
                    CreditReader.Date(row.GetAttributeValue<DateTime?>(PaymentColumns.PaidOn)),
                    CreditReader.Sequence(row.GetAttributeValue<DateTime?>("createdon")),
                    Math.Max(0m, CreditReader.Amount(row, PaymentColumns.AmountBase, PaymentColumns.Amount)))))
            .ToList();
    }
}
