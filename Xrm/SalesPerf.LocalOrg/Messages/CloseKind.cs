using System;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.LocalOrg.Messages;

/// <summary>What one close message does: its names, the close activity, the target state and the columns it stamps.</summary>
internal sealed record CloseKind(
    string RequestName,
    string MessageName,
    string ActivityParameter,
    string ActivityTable,
    string ClosedTable,
    string ClosedLookup,
    int State,
    Action<Entity, Entity, Entity, DateTime> Stamp)
{
    /// <summary>Win: actualvalue from actualrevenue, else the estimated value (Docs-CE: opportunity); actualclosedate from actualend, else today.</summary>
    public static CloseKind Win { get; } = new("WinOpportunity", "Win", "OpportunityClose", "opportunityclose", "opportunity", "opportunityid", 1, StampOpportunity);

    /// <summary>Lose: actualvalue only when actualrevenue is given; actualclosedate from actualend, else today.</summary>
    public static CloseKind Lose { get; } = new("LoseOpportunity", "Lose", "OpportunityClose", "opportunityclose", "opportunity", "opportunityid", 2, StampOpportunity);

    /// <summary>Fulfil: datefulfilled from the order close's actualend, else today.</summary>
    public static CloseKind Fulfill { get; } = new("FulfillSalesOrder", "FulfillSalesOrder", "OrderClose", "orderclose", "salesorder", "salesorderid", 3, StampFulfilled);

    public static CloseKind Cancel { get; } = new("CancelSalesOrder", "CancelSalesOrder", "OrderClose", "orderclose", "salesorder", "salesorderid", 2, (_, _, _, _) => { });

    private static void StampOpportunity(Entity closed, Entity activity, Entity update, DateTime closeDate)
    {
        var won = update.GetAttributeValue<OptionSetValue>("statecode").Value == 1;
        if (activity.GetAttributeValue<Money>("actualrevenue") is Money revenue)
        {
            update["actualvalue"] = new Money(revenue.Value);
        }
        else if (won && closed.GetAttributeValue<Money>("estimatedvalue") is Money estimated)
        {
            update["actualvalue"] = new Money(estimated.Value);
        }

        update["actualclosedate"] = closeDate;
    }

    private static void StampFulfilled(Entity closed, Entity activity, Entity update, DateTime closeDate) => update["datefulfilled"] = closeDate;
}
