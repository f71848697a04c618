using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg;

namespace SalesPerf.Demo.Reporting;

/// <summary>What the report shows, read from the organisation's stored rows (nothing is computed here).</summary>
internal sealed class ReportData
{
    private ReportData(LocalOrganization org, Guid yearId, bool leaderboardApi)
    {
        Org = org;
        YearId = yearId;
        Targets = org.Rows("spm_target");
        Scorecards = org.Rows("spm_scorecard");
        Statements = org.Rows("spm_commissionstatement");
        Lines = org.Rows("spm_commissionline");
        Reviews = org.Rows("spm_review");
        var revenueKpi = org.Rows("spm_kpi").FirstOrDefault(k => k.GetAttributeValue<string>("spm_code") == "REV")?.Id;
        YearRevenueTargets = Targets
            .Where(t => Ref(t, "spm_kpiid")?.Id == revenueKpi && Ref(t, "spm_periodid")?.Id == yearId)
            .OrderBy(t => Ref(t, "ownerid")?.LogicalName == "team" ? 0 : 1).ThenBy(t => Ref(t, "ownerid")?.Name, StringComparer.Ordinal)
            .ToList();
        (Leaderboard, LeaderboardSource) = leaderboardApi ? FromApi(org, yearId) : (FromScorecards(), "scorecards (spm_weightedscore, spm_rank)");
    }

    public LocalOrganization Org { get; }

    public Guid YearId { get; }

    public IReadOnlyList<Entity> Targets { get; }

    public IReadOnlyList<Entity> YearRevenueTargets { get; }

    public IReadOnlyList<Entity> Scorecards { get; }

    public IReadOnlyList<Entity> Statements { get; }

    public IReadOnlyList<Entity> Lines { get; }

    public IReadOnlyList<Entity> Reviews { get; }

    public IReadOnlyList<LeaderboardRow> Leaderboard { get; }

    public string LeaderboardSource { get; }

    public static ReportData Read(LocalOrganization org, Guid yearId, bool leaderboardApi) => new(org, yearId, leaderboardApi);

    /// <summary>Each manager's team this quarter, at <paramref name="today"/> (the organisation's time).</summary>
    public IReadOnlyList<TeamThisPeriod> Teams(DateTime today) => TeamThisPeriod.Read(Org, Targets, today);

    public static EntityReference? Ref(Entity row, string column) => row.GetAttributeValue<EntityReference>(column);

    public static decimal? Dec(Entity row, string column) => row.Attributes.TryGetValue(column, out var value)
        ? value switch
        {
            decimal d => d,
            Money m => m.Value,
            int i => i,
            _ => null,
        }
        : null;

    private (IReadOnlyList<LeaderboardRow>, string) FromApi(LocalOrganization org, Guid yearId)
    {
        try
        {
            var response = org.Service.Execute(new OrganizationRequest("spm_GetLeaderboard") { ["Period"] = new EntityReference("spm_period", yearId) });
            var json = response.Results.TryGetValue("Rows", out var rows) ? rows as string : null;
            using var document = JsonDocument.Parse(json ?? "[]");
            var list = document.RootElement.EnumerateArray().Select(e => new LeaderboardRow(
                e.TryGetProperty("name", out var n) ? n.GetString() ?? "" : "",
                e.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : null,
                e.TryGetProperty("rank", out var r) && r.ValueKind == JsonValueKind.Number ? r.GetInt32() : null)).ToList();
            return (list, "spm_GetLeaderboard");
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            return (FromScorecards(), "scorecards (spm_GetLeaderboard failed: " + error.Message + ")");
        }
    }

    private List<LeaderboardRow> FromScorecards() => Scorecards
        .Where(s => Ref(s, "spm_periodid")?.Id == YearId)
        .OrderByDescending(s => Dec(s, "spm_weightedscore") ?? decimal.MinValue)
        .ThenBy(s => Dec(s, "spm_rank") ?? int.MaxValue)
        .Select(s => new LeaderboardRow(Ref(s, "ownerid")?.Name ?? "", Dec(s, "spm_weightedscore"), s.GetAttributeValue<int?>("spm_rank")))
        .ToList();
}
