using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using SalesPerf.Attainment.Tests.Support;
using SalesPerf.Plugins.TargetPlanning;

namespace SalesPerf.Attainment.Tests;

/// <summary>
/// Issue 16: nothing inside a deal's transaction grows with the team (the parent rolls up from one aggregate, no rank is
/// written), shared rows are written last and leaf to root, and <c>spm_Recalculate</c> works in bounded slices whose run
/// equals one unbounded recalculation.
/// </summary>
public sealed class ScaleTests
{
    [Fact]
    public void Win_RepInTeamsOf10_100_1000_SameCallsAndRowsRead()
    {
        var small = WinCost(10);
        var medium = WinCost(100);
        var large = WinCost(1_000);

        Assert.Equal(small, medium);
        Assert.Equal(small, large);
    }

    [Fact]
    public void Win_UnderTeamAndOrganisationParents_OwnRowsFirstThenParentsLeafToRoot()
    {
        var org = new SalesOrg();
        var periods = org.Fy2026();
        var revenue = org.Kpi("Revenue", Measures.Revenue);
        var ceo = org.User("Chief");
        var manager = org.User("Manager");
        var alice = org.User("Alice");
        var bob = org.User("Bob");
        var top = org.Target(ceo, revenue, periods.Q1, 100_000m, RollsUp);
        var team = org.Target(manager, revenue, periods.Q1, 50_000m, t => { RollsUp(t); Under(t, top); });
        var card = org.Scorecard(alice, periods.Q1);
        var own = org.Target(alice, revenue, periods.Q1, 20_000m, t =>
        {
            Under(t, team);
            t["spm_weight"] = 100m;
            t["spm_scorecardid"] = new EntityReference("spm_scorecard", card);
        });
        var bobs = org.Target(bob, revenue, periods.Q1, 20_000m, t => Under(t, team));
        var deal = org.Opportunity(alice, 10_000m, "2026-02-10");
        var bobDeal = org.Opportunity(bob, 4_000m, "2026-02-11");
        org.Win(bobDeal, 4_000m, "2026-02-11");

        org.Win(deal, 10_000m, "2026-02-10");

        // Alice 10,000 + Bob 4,000 = 14,000 in the team, which is the only child of the top row.
        Assert.Equal(14_000m, org.Number("spm_target", team, "spm_actualvalue"));
        Assert.Equal(14_000m, org.Number("spm_target", top, "spm_actualvalue"));
        Assert.Equal(40_000m, org.Number("spm_target", team, "spm_allocatedvalue"));
        Assert.Equal(10_000m, org.Number("spm_target", team, "spm_allocationvariance"));
        // The write log (row versions are one counter over every write): the rep's target, the rep's scorecard, then
        // the team row, then the organisation row; Bob's target is not written by Alice's win.
        var bobVersion = Version(org, "spm_target", bobs);
        var order = new[] { Version(org, "spm_target", own), Version(org, "spm_scorecard", card), Version(org, "spm_target", team), Version(org, "spm_target", top) };
        Assert.Equal(order.OrderBy(v => v), order);
        Assert.True(bobVersion < order[0], "Alice's win wrote Bob's target.");
    }

    [Fact]
    public void Win_UnevenHierarchy_OrganisationRowComputedAfterTheTeamAndWrittenOnce()
    {
        var org = new SalesOrg();
        var periods = org.Fy2026();
        var revenue = org.Kpi("Revenue", Measures.Revenue);
        var ceo = org.User("Chief");
        var manager = org.User("Manager");
        var alice = org.User("Alice");
        var top = org.Target(ceo, revenue, periods.Q1, 100_000m, RollsUp);
        var team = org.Target(manager, revenue, periods.Q1, 50_000m, t => { RollsUp(t); Under(t, top); });
        org.Target(alice, revenue, periods.Q1, 20_000m, t => Under(t, team));
        org.Target(alice, revenue, periods.February, 8_000m, t => Under(t, top));   // straight under the organisation row
        var deal = org.Opportunity(alice, 10_000m, "2026-02-10");
        org.Org.ServiceCalls.Recording = true;

        org.Win(deal, 10_000m, "2026-02-10");

        var calls = org.Org.ServiceCalls.Calls;
        var topWrites = calls.Select((c, i) => (c, i)).Where(x => x.c.Message == "Update" && x.c.Id == top).Select(x => x.i).ToList();
        var teamWrite = calls.Select((c, i) => (c, i)).Single(x => x.c.Message == "Update" && x.c.Id == team).i;
        Assert.Single(topWrites);
        Assert.True(teamWrite < topWrites[0], "the organisation row was written before the team row");
        // Its children: the team (10,000) and Alice's February target (10,000).
        Assert.Equal(10_000m, org.Number("spm_target", team, "spm_actualvalue"));
        Assert.Equal(20_000m, org.Number("spm_target", top, "spm_actualvalue"));
    }

    [Fact]
    public void TeamParent_ChildrenWithoutActuals_HasNoActualAndZeroInProgressOnlyWhenAChildHasOne()
    {
        var org = new SalesOrg();
        var periods = org.Fy2026();
        var revenue = org.Kpi("Revenue", Measures.Revenue);
        var manager = org.User("Manager");
        var alice = org.User("Alice");
        var team = org.Target(manager, revenue, periods.Q1, 50_000m, RollsUp);
        org.Target(alice, revenue, periods.Q1, 20_000m, t => Under(t, team));
        var deal = org.Opportunity(alice, 7_000m, "2026-03-01");

        Assert.Null(org.Number("spm_target", team, "spm_actualvalue"));

        org.Lose(deal, "2026-02-20");

        // A lost deal gives Alice a revenue of nothing won: no records, no actual (domain rules); the team has none either.
        Assert.Null(org.Number("spm_target", team, "spm_actualvalue"));
        Assert.Equal(0m, org.Number("spm_target", team, "spm_inprogressvalue"));
    }

    [Fact]
    public void Recalculate_RunOfOneTargetSlicesInterruptedAndResumed_EqualsOneLargeSlice()
    {
        var sliced = Imported();
        var whole = Imported();

        string cursor = string.Empty;
        for (var i = 0; i < 3; i++)
        {
            cursor = RecalculateRun.Slice(sliced.Service, null, null, cursor, sliceSize: 1).NextCursor;
        }

        // The caller stops here (a closed browser, a failed call) and a later run resumes from the cursor it kept.
        var resumed = RecalculateRun.ToEnd(sliced.Service, null, null, sliceSize: 1, cursor: cursor);
        var one = RecalculateRun.ToEnd(whole.Service, null, null, sliceSize: SliceBounds.MaxSize);

        Assert.True(resumed.Slices > 10, "slices of one target: " + resumed.Slices);
        Assert.Equal(Figures(whole), Figures(sliced));
        Assert.Equal(7_000m, whole.Number("spm_target", Named(whole, "Alice Q1"), "spm_actualvalue"));
        Assert.Equal(12_000m, whole.Number("spm_target", Named(whole, "Team Q1"), "spm_actualvalue"));
        Assert.Equal(2, whole.Row("spm_scorecard", Named(whole, "Bob card", "spm_scorecard")).GetAttributeValue<int?>("spm_rank"));
        Assert.Equal(1, whole.Row("spm_scorecard", Named(whole, "Alice card", "spm_scorecard")).GetAttributeValue<int?>("spm_rank"));
        Assert.Equal(9, one.Targets); // the team row and four targets of each rep
    }

    [Fact]
    public void Recalculate_LargeOrganisation_NoSliceExceedsItsCallBound()
    {
        var org = new SalesOrg();
        var periods = org.Fy2026();
        var kpis = new[] { org.Kpi("Revenue", Measures.Revenue), org.Kpi("Won deals", Measures.WonDeals) };
        for (var rep = 0; rep < 300; rep++)
        {
            var user = org.User("Rep " + rep.ToString(CultureInfo.InvariantCulture));
            foreach (var kpi in kpis)
            {
                foreach (var period in new[] { periods.Q1, periods.January, periods.February, periods.March })
                {
                    Import(org, user, kpi, period, "Rep target", 10_000m, null);
                }
            }
        }

        var slices = new List<int>();
        string? cursor = null;
        var done = false;
        while (!done)
        {
            RecalculateSlice? slice = null;
            slices.Add(org.CallsDuring(() => slice = RecalculateRun.Slice(org.Service, null, null, cursor, SliceBounds.MaxSize)));
            cursor = slice!.NextCursor;
            done = slice.IsDone;
        }

        Assert.All(slices, calls => Assert.InRange(calls, 1, SliceBounds.MaxCallsPerSlice));
        Assert.True(slices.Count >= 2400 / SliceBounds.MaxSize, "slices: " + slices.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(501)]
    public void Recalculate_SliceSizeOutOfRange_RefusedInBothLanguages(int size)
    {
        var org = Imported();

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => RecalculateRun.Slice(org.Service, null, null, null, size));

        Assert.Contains("[SPM-RCL-001]", fault.Message, StringComparison.Ordinal);
        Assert.Contains("1–500", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Recalculate_TamperedOrForeignCursor_Refused()
    {
        var org = Imported();
        var first = RecalculateRun.Slice(org.Service, null, null, null, 1).NextCursor;
        var parts = first.Split('.');
        var payload = parts[1].ToCharArray();
        payload[payload.Length / 2] = payload[payload.Length / 2] == 'A' ? 'B' : 'A';
        var tampered = parts[0] + "." + new string(payload) + "." + parts[2];
        var alice = new EntityReference("systemuser", org.Row("spm_target", Named(org, "Alice Q1")).GetAttributeValue<EntityReference>("ownerid").Id);

        var edited = Assert.Throws<FaultException<OrganizationServiceFault>>(() => RecalculateRun.Slice(org.Service, null, null, tampered, 1));
        var foreign = Assert.Throws<FaultException<OrganizationServiceFault>>(() => RecalculateRun.Slice(org.Service, null, alice, first, 1));
        var version = Assert.Throws<FaultException<OrganizationServiceFault>>(() => RecalculateRun.Slice(org.Service, null, null, "v2" + first[2..], 1));

        Assert.Contains("[SPM-RCL-002]", edited.Message, StringComparison.Ordinal);
        Assert.Contains("the cursor was changed, cut or written by another version", edited.Message, StringComparison.Ordinal);
        Assert.Contains("[SPM-RCL-003] Request 'spm_Recalculate': the cursor belongs to a recalculation of another period or owner", foreign.Message, StringComparison.Ordinal);
        Assert.Contains("[SPM-RCL-002]", version.Message, StringComparison.Ordinal);
    }

    /// <summary>Calls and rows read by the close step when one rep of a team of <paramref name="reps"/> wins a deal.</summary>
    private static (int Calls, int Rows) WinCost(int reps)
    {
        var org = new SalesOrg();
        var periods = org.Fy2026();
        var revenue = org.Kpi("Revenue", Measures.Revenue);
        var manager = org.User("Manager");
        var team = org.Target(manager, revenue, periods.Q1, 1_000_000m, RollsUp);
        var first = Guid.Empty;
        for (var i = 0; i < reps; i++)
        {
            var rep = org.User("Rep " + i.ToString(CultureInfo.InvariantCulture));
            first = i == 0 ? rep : first;
            Import(org, rep, revenue, periods.Q1, "Rep Q1", 10_000m, team);
            Import(org, rep, revenue, periods.February, "Rep February", 4_000m, null);
        }

        var deal = org.Opportunity(first, 5_000m, "2026-02-10");
        var calls = org.CallsDuring(() => org.Win(deal, 5_000m, "2026-02-10"));
        Assert.Equal(5_000m, org.Number("spm_target", team, "spm_actualvalue"));
        return (calls, org.Org.ServiceCalls.RowsReturned);
    }

    /// <summary>Creates a target without running SalesPerf's steps, as a data import does; the engine has not seen it.</summary>
    private static void Import(SalesOrg org, Guid owner, Guid kpi, Guid period, string name, decimal value, Guid? parent)
    {
        var target = new Entity("spm_target")
        {
            ["spm_name"] = name,
            ["ownerid"] = new EntityReference("systemuser", owner),
            ["spm_kpiid"] = new EntityReference("spm_kpi", kpi),
            ["spm_periodid"] = new EntityReference("spm_period", period),
            ["spm_targetvalue"] = value,
        };
        if (parent is Guid id)
        {
            target["spm_parenttargetid"] = new EntityReference("spm_target", id);
        }

        org.Service.Execute(new CreateRequest { Target = target, [BulkWins.BypassParameter] = true });
    }

    /// <summary>Two reps with won deals, a team parent and scorecards, all imported after the deals: only a recalculation computes them.</summary>
    private static SalesOrg Imported()
    {
        var org = new SalesOrg();
        var periods = org.Fy2026();
        var revenue = org.Kpi("Revenue", Measures.Revenue);
        var deals = org.Kpi("Won deals", Measures.WonDeals);
        var manager = org.User("Manager");
        var alice = org.User("Alice");
        var bob = org.User("Bob");
        org.Win(org.Opportunity(alice, 7_000m, "2026-01-20"), 7_000m, "2026-01-20");
        org.Win(org.Opportunity(bob, 5_000m, "2026-02-20"), 5_000m, "2026-02-20");
        org.Win(org.Opportunity(bob, 1_000m, "2026-04-20"), 1_000m, "2026-04-20");
        var team = Create(org, manager, revenue, periods.Q1, "Team Q1", 30_000m, t => t["spm_rollupsource"] = new OptionSetValue(Measures.RollupChildTargets));
        foreach (var (user, name) in new[] { (alice, "Alice"), (bob, "Bob") })
        {
            var card = org.Service.Create(new Entity("spm_scorecard")
            {
                ["spm_name"] = name + " card",
                ["ownerid"] = new EntityReference("systemuser", user),
                ["spm_periodid"] = new EntityReference("spm_period", periods.Q1),
            });
            Create(org, user, revenue, periods.Q1, name + " Q1", 10_000m, t =>
            {
                Under(t, team);
                t["spm_weight"] = 100m;
                t["spm_scorecardid"] = new EntityReference("spm_scorecard", card);
            });
            Create(org, user, revenue, periods.January, name + " January", 3_000m, null);
            Create(org, user, deals, periods.Q1, name + " deals Q1", 2m, null);
            Create(org, user, revenue, periods.Year, name + " year", 40_000m, null);
        }

        return org;
    }

    private static Guid Create(SalesOrg org, Guid owner, Guid kpi, Guid period, string name, decimal value, Action<Entity>? more)
    {
        var target = new Entity("spm_target")
        {
            ["spm_name"] = name,
            ["ownerid"] = new EntityReference("systemuser", owner),
            ["spm_kpiid"] = new EntityReference("spm_kpi", kpi),
            ["spm_periodid"] = new EntityReference("spm_period", period),
            ["spm_targetvalue"] = value,
        };
        more?.Invoke(target);
        return ((CreateResponse)org.Service.Execute(new CreateRequest { Target = target, [BulkWins.BypassParameter] = true })).id;
    }

    private static void RollsUp(Entity target) => target["spm_rollupsource"] = new OptionSetValue(Measures.RollupChildTargets);

    private static void Under(Entity target, Guid parent) => target["spm_parenttargetid"] = new EntityReference("spm_target", parent);

    private static long Version(SalesOrg org, string table, Guid id) =>
        long.Parse(org.Org.Rows(table).Single(r => r.Id == id).RowVersion!, CultureInfo.InvariantCulture);

    private static Guid Named(SalesOrg org, string name, string table = "spm_target") =>
        org.Org.Rows(table).Single(r => r.GetAttributeValue<string>("spm_name") == name).Id;

    /// <summary>Every computed column of every target and scorecard, by name (ids differ between organisations).</summary>
    private static List<string> Figures(SalesOrg org)
    {
        var columns = new[]
        {
            "spm_actualvalue", "spm_numerator", "spm_denominator", "spm_inprogressvalue", "spm_attainmentpercent", "spm_scorepercent",
            "spm_expectedtodatevalue", "spm_allocatedvalue", "spm_allocationvariance", "spm_calculationtrace",
        };
        var targets = org.Org.Rows("spm_target").Select(r => r.GetAttributeValue<string>("spm_name") + ": "
            + string.Join(" | ", columns.Select(c => Convert.ToString(r.Contains(c) ? r[c] : null, CultureInfo.InvariantCulture))));
        var cards = org.Org.Rows("spm_scorecard").Select(r => r.GetAttributeValue<string>("spm_name") + ": "
            + Convert.ToString(r.Contains("spm_weightedscore") ? r["spm_weightedscore"] : null, CultureInfo.InvariantCulture) + " #"
            + Convert.ToString(r.Contains("spm_rank") ? r["spm_rank"] : null, CultureInfo.InvariantCulture));
        return targets.Concat(cards).OrderBy(line => line, StringComparer.Ordinal).ToList();
    }
}
