using System;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Properties.Tests.Support;

/// <summary>The checks of the properties, on a world after its sequence; each fails with the rows that break it.</summary>
public static class SalesChecks
{
    private const int Won = 1;

    /// <summary>
    /// With the flat 10 % plan every deal's commission is exactly a tenth of its credit, so per deal the lines of every
    /// statement of every rep (Approved and Paid included, clawbacks and re-divisions netted) add up to at most 10 % of
    /// its revenue while it is won, and to at most 0 while it is not: no share is paid twice, nothing is paid for nothing.
    /// </summary>
    public static void NoDealPaysAboveItsWorth(SalesWorld world)
    {
        ArgumentNullException.ThrowIfNull(world);
        var lines = world.Org.Rows("spm_commissionline");
        foreach (var deal in world.Org.Rows("opportunity"))
        {
            var won = deal.GetAttributeValue<OptionSetValue>("statecode").Value == Won;
            var worth = won ? WorldState.Amount(deal, "actualvalue") * 0.1m : 0m;
            var paid = lines.Where(l => l.GetAttributeValue<EntityReference>("spm_opportunityid")?.Id == deal.Id).ToList();
            var net = paid.Sum(l => WorldState.Amount(l, "spm_commissionamount"));
            Assert.True(net <= worth, $"{deal["name"]} ({(won ? "won at " + WorldState.Amount(deal, "actualvalue") : "not won")}) is paid {net}, more than {worth}:\n"
                + string.Join("\n", paid.Select(Line)));
        }
    }

    /// <summary>Every statement's lines add up to its earned, clawback and payable amounts.</summary>
    public static void LinesAddUp(SalesWorld world)
    {
        ArgumentNullException.ThrowIfNull(world);
        var lines = world.Org.Rows("spm_commissionline").ToLookup(l => l.GetAttributeValue<EntityReference>("spm_commissionstatementid").Id);
        foreach (var statement in world.Org.Rows("spm_commissionstatement"))
        {
            var own = lines[statement.Id].ToList();
            decimal Sum(int? kind) => own.Where(l => kind is null || l.GetAttributeValue<OptionSetValue>("spm_kind").Value == kind).Sum(l => WorldState.Amount(l, "spm_commissionamount"));
            var text = $"{statement["spm_name"]} (status {WorldState.Status(statement)}): earned {WorldState.Amount(statement, "spm_earnedamount")}, clawback {WorldState.Amount(statement, "spm_clawbackamount")}, payable {WorldState.Amount(statement, "spm_payableamount")}; lines:\n"
                + string.Join("\n", own.Select(Line));
            Assert.True(Sum(null) == WorldState.Amount(statement, "spm_payableamount"), text);
            Assert.True(Sum(EarningKind) == WorldState.Amount(statement, "spm_earnedamount"), text);
            Assert.True(Sum(ClawbackKind) == WorldState.Amount(statement, "spm_clawbackamount"), text);
        }
    }

    /// <summary>
    /// The collector's collected-amount actual of each quarter equals the collections credit of her statement of that
    /// quarter while it is Open (0 when she has none yet); a settled statement keeps what was agreed.
    /// </summary>
    public static void CollectedAmountAgreesWithCredit(SalesWorld world)
    {
        ArgumentNullException.ThrowIfNull(world);
        foreach (var quarter in Cast.Quarters)
        {
            var target = world.Org.Rows("spm_target").Single(t => (string)t["spm_name"] == Cast.Collector + " Collected " + quarter.Code);
            var actual = target.GetAttributeValue<decimal?>("spm_actualvalue") ?? 0m;
            var statement = world.Statement(Cast.Collector, quarter.Code);
            if (statement is not null && WorldState.Status(statement) != SalesWorld.OpenStatus)
            {
                continue;
            }

            var lines = statement is null ? [] : world.Org.Rows("spm_commissionline")
                .Where(l => l.GetAttributeValue<EntityReference>("spm_commissionstatementid").Id == statement.Id && l.GetAttributeValue<OptionSetValue>("spm_kind").Value == EarningKind)
                .ToList();
            var credit = lines.Sum(l => WorldState.Amount(l, "spm_creditamount"));
            Assert.True(actual == credit, $"{quarter.Code}: collected amount {actual}, collections credit {credit}; lines:\n" + string.Join("\n", lines.Select(Line)));
            if (statement is not null)
            {
                Assert.Equal(credit, WorldState.Amount(statement, "spm_creditamount"));
            }
        }
    }

    /// <summary>spm_Recalculate over everything, as an administrator; in slices while the response says it is not done.</summary>
    public static void RecalculateEverything(SalesWorld world)
    {
        ArgumentNullException.ThrowIfNull(world);
        var cursor = "";
        for (var call = 0; call < 1_000; call++)
        {
            var request = new OrganizationRequest("spm_Recalculate");
            if (cursor.Length > 0)
            {
                request["Cursor"] = cursor;
            }

            var response = world.Service.Execute(request);
            world.Org.DrainAsync();
            if (!response.Results.Contains("IsDone") || (bool)response.Results["IsDone"])
            {
                return;
            }

            cursor = response.Results.Contains("NextCursor") ? (string)response.Results["NextCursor"] ?? "" : "";
        }

        Assert.Fail("spm_Recalculate did not finish in 1,000 slices.");
    }

    private const int EarningKind = 100000000;
    private const int ClawbackKind = 100000001;

    private static string Line(Entity line) =>
        $"  {line["spm_name"]} kind {line.GetAttributeValue<OptionSetValue>("spm_kind")?.Value} on {line.GetAttributeValue<EntityReference>("spm_commissionstatementid")?.Name}: credit {WorldState.Amount(line, "spm_creditamount")}, split {WorldState.Number(line, "spm_splitpercent")} %, amount {WorldState.Amount(line, "spm_commissionamount")}";
}
