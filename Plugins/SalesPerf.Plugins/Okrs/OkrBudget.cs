namespace SalesPerf.Plugins.Okrs;

/// <summary>
/// The organisation-service calls the OKR engine makes, fixed by the shape of the work and never by the data volume:
/// tests assert these counts.
/// </summary>
public static class OkrBudget
{
    /// <summary>A target's attainment moved: one query of the active key results that track it.</summary>
    public const int PerTargetUpdate = 1;

    /// <summary>Each key result whose progress changed: one update.</summary>
    public const int PerChangedKeyResult = 1;

    /// <summary>Each objective recomputed: read the objective, read its active key results, write it when its figures changed.</summary>
    public const int PerObjective = 3;

    /// <summary>
    /// A one-to-one check-in's pre-fill: behind-pace targets, disputed statements, open reviews, open development items
    /// (one query each), then one create per item and the count written.
    /// </summary>
    public const int CheckInPrefillQueries = 4;

    /// <summary>A team check-in's pre-fill: the team's behind-pace targets, the members' disputed statements and open reviews.</summary>
    public const int TeamCheckInPrefillQueries = 3;

    /// <summary>The most agenda items of one source a check-in's pre-fill adds.</summary>
    public const int MostItemsPerSource = 10;
}
