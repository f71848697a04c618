namespace SalesPerf.Domain.Kpis;

/// <summary>How a measure's actual is formed from its source records.</summary>
public enum MeasureAggregation
{
    /// <summary>Σ of a column.</summary>
    Sum,

    /// <summary>Number of records.</summary>
    Count,

    /// <summary>Numerator ÷ denominator × 100, a number of percent.</summary>
    Ratio,

    /// <summary>Σ of a column ÷ number of records.</summary>
    Average,

    /// <summary>(current − previous) ÷ previous × 100, stored as numerator current − previous and denominator previous.</summary>
    Growth,

    /// <summary>Entered by a manager.</summary>
    Manual,
}
