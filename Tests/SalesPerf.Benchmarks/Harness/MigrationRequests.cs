using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace SalesPerf.Benchmarks.Harness;

/// <summary>
/// Requests as a data migration sends them: with Dataverse's <c>BypassCustomPluginExecution</c> optional parameter, so
/// registered steps do not run (the caller needs prvBypassCustomPlugins, which the administrator has).
/// </summary>
public static class MigrationRequests
{
    private const string Bypass = "BypassCustomPluginExecution";

    public static Guid Create(IOrganizationService service, Entity row)
    {
        ArgumentNullException.ThrowIfNull(service);
        var request = new CreateRequest { Target = row };
        request.Parameters[Bypass] = true;
        return ((CreateResponse)service.Execute(request)).id;
    }

    public static void Close(IOrganizationService service, Guid opportunity, bool won, DateTime closeDate, decimal? revenue)
    {
        ArgumentNullException.ThrowIfNull(service);
        var close = new Entity("opportunityclose")
        {
            ["opportunityid"] = new EntityReference("opportunity", opportunity),
            ["actualend"] = closeDate,
        };
        if (revenue is decimal value)
        {
            close["actualrevenue"] = new Money(value);
        }

        var request = new OrganizationRequest(won ? "WinOpportunity" : "LoseOpportunity")
        {
            ["OpportunityClose"] = close,
            ["Status"] = new OptionSetValue(won ? 3 : 4),
        };
        request.Parameters[Bypass] = true;
        service.Execute(request);
    }
}
