using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Plugins.DataAccess.Rows;
using SalesPerf.Plugins.Schema;
using static SalesPerf.Plugins.DataAccess.Fetch.FetchXml;

namespace SalesPerf.Plugins.DataAccess;

/// <summary>Reads what the attainment steps need about one opportunity: the row, its customer's other wins, its split users.</summary>
public sealed class OpportunityReader(IOrganizationService service)
{
    /// <summary>The columns the attainment steps read from an opportunity (also the columns of their images).</summary>
    public static readonly string[] Columns =
    [
        OpportunityColumns.OwnerId, OpportunityColumns.StateCode, OpportunityColumns.ActualCloseDate,
        OpportunityColumns.EstimatedCloseDate, OpportunityColumns.CustomerId,
    ];

    /// <summary>What a close needs: owner, state, dates, customer, creation and the stamped columns.</summary>
    public static readonly string[] CloseColumns =
        [.. Columns, OpportunityColumns.CreatedOn, OpportunityColumns.SalesCycleDays, OpportunityColumns.IsNewCustomer];

    private readonly IOrganizationService service = service ?? throw new ArgumentNullException(nameof(service));

    /// <summary>The row with <see cref="CloseColumns"/>.</summary>
    public Entity RetrieveForClose(Guid opportunityId) =>
        service.Retrieve(OpportunityColumns.EntityName, opportunityId, new ColumnSet(CloseColumns));

    /// <summary>
    /// 1 when the customer has a won opportunity other than <paramref name="opportunityId"/>, else 0: one query for
    /// at most one row. Not an aggregate count, which the platform refuses once a customer has more than 50,000 wins.
    /// </summary>
    public int OtherWinsOfCustomer(Guid customerId, Guid opportunityId) =>
        service.RetrieveMultiple(new FetchExpression(OtherWinsFetch(customerId, opportunityId))).Entities.Count;

    public static string OtherWinsFetch(Guid customerId, Guid opportunityId) =>
        new XElement(
            "fetch",
            new XAttribute("top", 1),
            new XAttribute("mapping", "logical"),
            Entity(
                OpportunityColumns.EntityName,
                new XElement("attribute", new XAttribute("name", OpportunityColumns.Id)),
                And(
                    Condition(OpportunityColumns.CustomerId, "eq", customerId),
                    Condition(OpportunityColumns.StateCode, "eq", OpportunityColumns.StateWon),
                    Condition(OpportunityColumns.Id, "ne", opportunityId)))).ToString(SaveOptions.DisableFormatting);

    /// <summary>The users with an active deal split on the opportunity.</summary>
    public IReadOnlyList<Guid> SplitUsers(Guid opportunityId) => Users(Splits(opportunityId));

    /// <summary>The distinct users of <paramref name="splits"/>.</summary>
    public static IReadOnlyList<Guid> Users(IEnumerable<UserSplit> splits) => splits.Select(s => s.UserId).Distinct().ToArray();

    /// <summary>The active deal splits of the opportunity, with their percent (one query).</summary>
    public IReadOnlyList<UserSplit> Splits(Guid opportunityId)
    {
        var query = new QueryExpression(DealSplitColumns.EntityName) { ColumnSet = new ColumnSet(DealSplitColumns.UserId, DealSplitColumns.SplitPercent) };
        query.Criteria.AddCondition(DealSplitColumns.OpportunityId, ConditionOperator.Equal, opportunityId);
        query.Criteria.AddCondition(DealSplitColumns.StateCode, ConditionOperator.Equal, 0);
        return service.RetrieveMultiple(query).Entities
            .Select(e => new UserSplit(e.GetAttributeValue<EntityReference>(DealSplitColumns.UserId)?.Id ?? Guid.Empty, e.GetAttributeValue<decimal?>(DealSplitColumns.SplitPercent) ?? 0m))
            .Where(s => s.UserId != Guid.Empty)
            .ToArray();
    }
}
