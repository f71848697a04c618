using System.Collections.Generic;

namespace SalesPerf.Plugins.Setup;

/// <summary>The setup steps resolved to the organisation's ids, or the first reason they cannot be.</summary>
internal sealed record SetupResolution(IReadOnlyList<SetupTarget> Targets, SetupProblem? Problem);
