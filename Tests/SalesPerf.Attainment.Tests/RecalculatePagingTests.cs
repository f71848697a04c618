using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using SalesPerf.Attainment.Tests.Support;
using SalesPerf.Plugins.TargetPlanning;

namespace SalesPerf.Attainment.Tests;

/// <summary>
/// <c>spm_Recalculate</c> reads targets in pages of one slice (at most 500 rows) with paging cookies, one page a call,
/// so an import of more targets than one page is recalculated completely by a run of slices.
/// </summary>
public sealed class RecalculatePagingTests
{
    private const int Targets = 5_001;

    [Fact]
    public void Recalculate_MoreTargetsThanOnePage_RecomputesEveryOne()
    {
        var org = new SalesOrg();
        var alice = org.User("Alice");
        var periods = org.Fy2026();
        var revenue = org.Kpi("Revenue", Measures.Revenue);
        BulkWins.Seed(org, alice, org.Customer, 1, 7_000m, "2026-01-10", 10);
        for (var i = 0; i < Targets; i++)
        {
            org.Service.Execute(new CreateRequest
            {
                Target = new Entity("spm_target")
                {
                    ["spm_name"] = "Imported target " + i,
                    ["ownerid"] = new EntityReference("systemuser", alice),
                    ["spm_kpiid"] = new EntityReference("spm_kpi", revenue),
                    ["spm_periodid"] = new EntityReference("spm_period", periods.January),
                    ["spm_targetvalue"] = 10_000m,
                },
                [BulkWins.BypassParameter] = true,
            });
        }

        var run = RecalculateRun.ToEnd(org.Service, null, new EntityReference("systemuser", alice), SliceBounds.MaxSize);

        Assert.Equal(Targets, run.Targets);
        var targets = org.Org.Rows("spm_target");
        Assert.Equal(Targets, targets.Count);
        Assert.All(targets, t => Assert.Equal(7_000m, t.GetAttributeValue<decimal?>("spm_actualvalue")));
        Assert.All(targets, t => Assert.Equal(70m, t.GetAttributeValue<decimal?>("spm_attainmentpercent")));
        Assert.True(targets.All(t => t.Contains("spm_lastcalculatedon")));
    }
}
