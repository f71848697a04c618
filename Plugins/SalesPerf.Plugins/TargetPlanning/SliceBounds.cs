namespace SalesPerf.Plugins.TargetPlanning;

/// <summary>
/// How much one call of <c>spm_Recalculate</c> may do. The platform gives a message operation with its synchronous
/// plug-ins two minutes, and a custom API no more when sent asynchronously (semantics doc section 4); a slice is sized
/// to stay far below that at 10 ms a call: at the maximum slice size it makes at most <see cref="MaxCallsPerSlice"/>
/// service calls (20 s at 10 ms a call), proven over a large generated organisation by the slice tests.
/// </summary>
public static class SliceBounds
{
    /// <summary>Targets per slice when the caller gives no SliceSize.</summary>
    public const int DefaultSize = 200;

    public const int MinSize = 1;

    /// <summary>The largest SliceSize a caller may ask for; more is refused (SPM-RCL-001).</summary>
    public const int MaxSize = 500;

    /// <summary>A statement costs about ten target recomputes, so a slice takes SliceSize ÷ 10 assignments (at least one).</summary>
    public const int TargetsPerStatement = 10;

    /// <summary>The service calls one slice of the maximum size stays within (reads, writes, nested steps).</summary>
    public const int MaxCallsPerSlice = 2000;

    public static int Statements(int size) => size / TargetsPerStatement < 1 ? 1 : size / TargetsPerStatement;
}
