using System.Collections.Generic;
using SalesPerf.Properties.Tests.Events;

namespace SalesPerf.Properties.Tests.Support;

/// <summary>Chains of events that run interleaved with each other; each chain keeps its own order.</summary>
public sealed record Phase(IReadOnlyList<IReadOnlyList<SalesEvent>> Chains);
