using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace SalesPerf.Attainment.Tests.Support;

/// <summary>
/// Seeds won opportunities the way a data migration does: Create and a state Update with the
/// <c>BypassCustomPluginExecution</c> request parameter, so no SalesPerf step runs; the columns a win and the stamps
/// would have written (actual value and close date, cycle days, new-customer flag) are written directly.
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
            org.Service.Execute(new UpdateRequest
            {
                Target = new Entity("opportunity", id) { ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(3) },
                [BypassParameter] = true,
            });
        }
    }
}
