using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg.Faults;

namespace SalesPerf.LocalOrg.Query;

/// <summary>The faults a query raises, built by the organisation's own fault factory (semantics doc 5).</summary>
internal static class QueryFaults
{
    public static FaultException<OrganizationServiceFault> InvalidArgument(string message) =>
        OrganizationFaults.InvalidArgument(message);

    public static FaultException<OrganizationServiceFault> NoAttribute(string table, string column) =>
        OrganizationFaults.UnknownColumn(table, column);

    public static FaultException<OrganizationServiceFault> AggregateLimit() =>
        OrganizationFaults.Create(ErrorCodes.AggregateQueryRecordLimitExceeded, "AggregateQueryRecordLimit exceeded. Cannot perform this operation.");
}
