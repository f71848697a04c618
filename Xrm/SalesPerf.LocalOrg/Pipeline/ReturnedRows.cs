using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace SalesPerf.LocalOrg.Pipeline;

/// <summary>
/// How many rows a response hands back to its caller: what a plug-in pays to transfer and materialise, as opposed to
/// the rows the database scans to produce them (an aggregate returns one row per group).
/// </summary>
internal static class ReturnedRows
{
    public static int Of(OrganizationResponse response) => response switch
    {
        RetrieveMultipleResponse multiple => multiple.EntityCollection?.Entities.Count ?? 0,
        RetrieveResponse single => single.Entity is null ? 0 : 1,
        _ => 0,
    };
}
