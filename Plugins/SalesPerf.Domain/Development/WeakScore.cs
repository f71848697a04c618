namespace SalesPerf.Domain.Development;

/// <summary>
/// One score of a review a plan item may address: a competency the manager rated (1–5), or a KPI target of the
/// review's scorecard (attainment %). <see cref="Key"/> identifies it within the review, so proposing twice finds it.
/// </summary>
public sealed record WeakScore(string Key, string Label, decimal Value, bool IsCompetency, int? Competency, System.Guid? Kpi);
