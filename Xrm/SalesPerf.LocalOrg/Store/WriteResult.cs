using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.LocalOrg.Store;

/// <summary>The row as stored after a write, and the system columns the platform set (they appear in the stage-40 Target).</summary>
internal sealed record WriteResult(Entity Stored, IReadOnlyDictionary<string, object> PlatformColumns);
