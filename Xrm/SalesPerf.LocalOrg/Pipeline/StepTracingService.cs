using System.Collections.Generic;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.LocalOrg.Pipeline;

/// <summary>Collects one step's trace lines for the step log.</summary>
internal sealed class StepTracingService : ITracingService
{
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines => _lines;

    public void Trace(string format, params object[] args) =>
        _lines.Add(args is null || args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args));
}
