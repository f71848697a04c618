using System;

namespace SalesPerf.Demo.Generation;

/// <summary>A generated user: its generator id (the runner maps it to the organisation's id), name, team and role.</summary>
public sealed record DemoPerson(Guid Id, string FullName, string Team, bool Hunter, decimal YearQuota);
