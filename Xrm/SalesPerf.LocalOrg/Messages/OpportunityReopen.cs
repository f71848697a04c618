using System.Linq;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.LocalOrg.Messages;

/// <summary>
/// Reopening a closed opportunity (its statecode back to 0 Open) cancels its earlier close activities: each
/// <c>opportunityclose</c> of the opportunity that is not Canceled gets statecode 2 (Canceled) with that state's
/// default status (section 10), through a platform-internal Update in the same transaction.
/// </summary>
internal static class OpportunityReopen
{
    private const int Open = 0;
    private const int Canceled = 2;

    public static void CancelCloses(MessageOperation operation, Entity target)
    {
        var org = operation.Org;
        if (target.LogicalName != "opportunity"
            || target.GetAttributeValue<OptionSetValue>("statecode")?.Value != Open
            || org.Store.Find("opportunity", target.Id)?.GetAttributeValue<OptionSetValue>("statecode")?.Value is not (> Open)
            || !org.Metadata.TryTable("opportunityclose", out var closes))
        {
            return;
        }

        var earlier = org.Store.Referencing(closes.LogicalName, "opportunityid", target.Id)
            .Where(c => c.GetAttributeValue<EntityReference>("opportunityid")?.Id == target.Id && c.GetAttributeValue<OptionSetValue>("statecode")?.Value != Canceled)
            .Select(c => c.Id)
            .ToList();
        foreach (var id in earlier)
        {
            operation.ExecuteInternal(new OrganizationRequest("Update")
            {
                ["Target"] = new Entity(closes.LogicalName, id)
                {
                    ["statecode"] = new OptionSetValue(Canceled),
                    ["statuscode"] = new OptionSetValue(org.Writer.DefaultStatus(closes, Canceled)),
                },
            });
        }
    }
}
