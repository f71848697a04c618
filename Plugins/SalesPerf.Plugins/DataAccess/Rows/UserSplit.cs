using System;

namespace SalesPerf.Plugins.DataAccess.Rows;

/// <summary>An active deal split of an opportunity: the user it credits and the percent.</summary>
public sealed record UserSplit(Guid UserId, decimal Percent);
