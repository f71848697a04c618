using System;
using System.Collections.Generic;
using System.Linq;

namespace SalesPerf.Domain.Targets;

/// <summary><c>spm_allocatedvalue</c> = Σ children's target values; <c>spm_allocationvariance</c> = target − allocated.</summary>
public readonly record struct Reconciliation
{
    private Reconciliation(decimal allocated, decimal variance)
    {
        Allocated = allocated;
        Variance = variance;
    }

    public decimal Allocated { get; }

    /// <summary>Positive when under-allocated, negative when over-allocated.</summary>
    public decimal Variance { get; }

    public static Reconciliation Of(decimal targetValue, IEnumerable<decimal> childTargetValues)
    {
        var allocated = (childTargetValues ?? throw new ArgumentNullException(nameof(childTargetValues))).Sum();
        return new Reconciliation(allocated, targetValue - allocated);
    }
}
