using SalesPerf.Domain.Commission;

namespace SalesPerf.Domain.Statements;

/// <summary>What a credited transaction is called in traces, per plan basis.</summary>
internal static class BasisNouns
{
    public static string English(CommissionBasis basis) => basis switch
    {
        CommissionBasis.FulfilledOrders => "order",
        CommissionBasis.GrossMargin => "order margin",
        CommissionBasis.Collections => "payment",
        _ => "deal",
    };

    public static string Chinese(CommissionBasis basis) => basis switch
    {
        CommissionBasis.FulfilledOrders => "订单",
        CommissionBasis.GrossMargin => "订单毛利",
        CommissionBasis.Collections => "回款",
        _ => "赢单",
    };
}
