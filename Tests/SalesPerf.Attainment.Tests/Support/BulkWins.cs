using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace SalesPerf.Attainment.Tests.Support;

/// <summary>
/// Seeds won opportunities the way a data migration does: Create and WinOpportunity (the platform refuses a state
/// Update to Won) with the <c>BypassCustomPluginExecution</c> request parameter, so no SalesPerf step runs; the columns
/// the stamps would have written (cycle days, new-customer flag) are written directly, the win sets actual value and
/// close date from the close activity.
/// </summary>
public static class BulkWins
{
    public const string BypassParameter = "BypassCustomPluginExecution";

    public static void Seed(SalesOrg org, Guid owner, Guid customer, int count, decimal value, string closeDate, int cycleDays)
    {
        ArgumentNullException.ThrowIfNull(org);
        var closed = SalesOrg.Date(closeDate);
        for (var i = 0; i < count; i++)
        {
            var id = Guid.NewGuid();
            org.Service.Execute(new CreateRequest
            {
                Target = new Entity("opportunity", id)
                {
                    ["name"] = "Imported deal",
                    ["ownerid"] = new EntityReference("systemuser", owner),
                    ["customerid"] = new EntityReference("account", customer),
                    ["estimatedvalue"] = new Money(value),
                    ["estimatedclosedate"] = closed,
                    ["actualvalue"] = new Money(value),
                    ["actualclosedate"] = closed,
                    ["spm_salescycledays"] = cycleDays,
                    ["spm_isnewcustomer"] = false,
                },
                [BypassParameter] = true,
            });
            org.Service.Execute(new OrganizationRequest("WinOpportunity")
            {
                ["OpportunityClose"] = new Entity("opportunityclose")
                {
                    ["opportunityid"] = new EntityReference("opportunity", id),
                    ["actualrevenue"] = new Money(value),
                    ["actualend"] = closed,
                },
                ["Status"] = new OptionSetValue(3),
                [BypassParameter] = true,
            });
        }
    }
}
