using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Plugins.DataAccess;

/// <summary>
/// The platform's AggregateQueryRecordLimit: an aggregate query that would read more than 50,000 rows fails with
/// error code -2147164125 (0x8004E023) instead of returning a result.
/// </summary>
public static class AggregateLimit
{
    public const int ErrorCode = -2147164125;

    /// <summary>The most source rows one aggregate query may read.</summary>
    public const int Rows = 50_000;

    public static bool IsExceeded(Exception exception) =>
        exception is FaultException<OrganizationServiceFault> fault && fault.Detail?.ErrorCode == ErrorCode;
}
