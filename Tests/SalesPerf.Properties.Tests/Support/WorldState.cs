using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Properties.Tests.Support;

/// <summary>Readings of a world: every row as text, and the figures that must not depend on the order of events.</summary>
public static class WorldState
{
    /// <summary>The tables the numbers live in and the rows they are computed from.</summary>
    public static readonly IReadOnlyList<string> Tables =
    [
        "opportunity", "invoice", "spm_dealsplit", "spm_payment", "spm_planassignment", "spm_commissionstatement", "spm_commissionline",
        "spm_target", "spm_scorecard",
    ];

    private static readonly HashSet<string> AuditColumns = new(StringComparer.Ordinal) { "modifiedon", "modifiedby", "modifiedonbehalfby", "versionnumber" };

    /// <summary>Every row of <see cref="Tables"/>, one line each; without the audit columns a rewrite of the same values leaves it equal.</summary>
    /// <param name="includeRank">
    /// False leaves out scorecards' <c>spm_rank</c>: no event writes it, spm_Recalculate's rank pass does (ranks are
    /// refreshed outside a deal's transaction), so a recalculation after events legitimately fills it.
    /// </param>
    public static IReadOnlyList<string> Snapshot(SalesWorld world, bool includeAudit, bool includeRank = true)
    {
        ArgumentNullException.ThrowIfNull(world);
        return Tables.SelectMany(t => world.Org.Rows(t).Select(r => t + " " + r.Id + " " + string.Join(";", r.Attributes
                .Where(a => includeAudit || !AuditColumns.Contains(a.Key))
                .Where(a => includeRank || a.Key != "spm_rank")
                .OrderBy(a => a.Key, StringComparer.Ordinal)
                .Select(a => a.Key + "=" + SalesWorld.Text(a.Value)))))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The figures compared across orders of the same events, by name: statement totals, each deal's credit per rep, target and scorecard figures.</summary>
    public static IReadOnlyList<string> Figures(SalesWorld world)
    {
        ArgumentNullException.ThrowIfNull(world);
        var statements = world.Org.Rows("spm_commissionstatement").ToDictionary(s => s.Id);
        var figures = new List<string>();
        figures.AddRange(statements.Values.Select(s => string.Create(CultureInfo.InvariantCulture,
            $"statement {world.UserName(s.GetAttributeValue<EntityReference>("ownerid").Id)} {world.PeriodCode(s.GetAttributeValue<EntityReference>("spm_periodid").Id)}: status {Status(s)}, credit {Amount(s, "spm_creditamount")}, earned {Amount(s, "spm_earnedamount")}, clawback {Amount(s, "spm_clawbackamount")}, adjustment {Amount(s, "spm_adjustmentamount")}, payable {Amount(s, "spm_payableamount")}")));
        var deals = world.Deals.ToDictionary(d => d.Value, d => d.Key);
        figures.AddRange(world.Org.Rows("spm_commissionline")
            .Where(l => l.GetAttributeValue<EntityReference>("spm_opportunityid") is not null)
            .GroupBy(l => (Deal: deals[l.GetAttributeValue<EntityReference>("spm_opportunityid").Id], Rep: world.UserName(statements[l.GetAttributeValue<EntityReference>("spm_commissionstatementid").Id].GetAttributeValue<EntityReference>("ownerid").Id)))
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"credit of {g.Key.Deal} to {g.Key.Rep}: {g.Sum(l => Amount(l, "spm_creditamount"))}")));
        figures.AddRange(world.Org.Rows("spm_target").Select(t => string.Create(CultureInfo.InvariantCulture,
            $"target {t["spm_name"]}: actual {Number(t, "spm_actualvalue")}, attainment {Number(t, "spm_attainmentpercent")}, score {Number(t, "spm_scorepercent")}")));
        figures.AddRange(world.Org.Rows("spm_scorecard").Select(c => string.Create(CultureInfo.InvariantCulture,
            $"scorecard {c["spm_name"]}: weighted score {Number(c, "spm_weightedscore")}")));
        return figures.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The lines only one side has, "-" before and "+" after; empty when equal.</summary>
    public static string Difference(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return string.Join("\n", before.Except(after, StringComparer.Ordinal).Select(l => "- " + l)
            .Concat(after.Except(before, StringComparer.Ordinal).Select(l => "+ " + l)));
    }

    public static decimal Amount(Entity row, string column) => row?.GetAttributeValue<Money>(column)?.Value ?? 0m;

    public static string Number(Entity row, string column) => row?.Contains(column) == true ? SalesWorld.Text(row[column]) : "empty";

    public static int Status(Entity row) => row?.GetAttributeValue<OptionSetValue>("statuscode")?.Value ?? 0;
}
