using System;
using System.Collections.Generic;
using SalesPerf.Domain.Commission;

namespace SalesPerf.Plugins.Commission;

/// <summary>The plan bases each source table feeds.</summary>
internal static class CommissionBases
{
    public static IReadOnlyCollection<int> Opportunity { get; } = Array.AsReadOnly(new[] { (int)CommissionBasis.WonRevenue });

    public static IReadOnlyCollection<int> SalesOrder { get; } = Array.AsReadOnly(new[] { (int)CommissionBasis.FulfilledOrders, (int)CommissionBasis.GrossMargin });

    public static IReadOnlyCollection<int> Payment { get; } = Array.AsReadOnly(new[] { (int)CommissionBasis.Collections });
}
