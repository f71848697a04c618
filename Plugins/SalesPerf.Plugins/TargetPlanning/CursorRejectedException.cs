using System;
using SalesPerf.Plugins.Messages;

namespace SalesPerf.Plugins.TargetPlanning;

/// <summary>A recalculation cursor that cannot be used, and the rule it breaks (one of <see cref="RecalculationMessages"/>).</summary>
internal sealed class CursorRejectedException(BusinessMessage rule, string detail) : FormatException(detail)
{
    public BusinessMessage Rule { get; } = rule;
}
