using System.Collections.Generic;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Plugins.Tests.Doubles;

public sealed class FakeTracingService : ITracingService
{
    private readonly List<string> lines = [];

    public IReadOnlyList<string> Lines => lines;

    public void Trace(string format, params object[] args) =>
        lines.Add(args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args));
}
