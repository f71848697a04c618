using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Planning.Tests.Support;
using SalesPerf.Plugins.Targets;
using Xunit.Abstractions;
using static SalesPerf.Planning.Tests.Support.PlanningOrg;

namespace SalesPerf.Planning.Tests.TargetPlanning;

/// <summary>The organisation-service calls plug-ins make for planning operations stay bounded by what is written.</summary>
public sealed class PlanningCostTests(ITestOutputHelper output)
{
    [Fact]
    public void CreateYear_EighteenGeneratedPeriods_CostAFixedNumberOfCalls()
    {
        var org = new PlanningOrg();
        org.Org.ServiceCalls.Reset();

        org.CreateYear(2026);

        Report(org);
        // Year: completion 1, validation 1, generation 1 + 18 creates; each generated period: validation 1 + parent Retrieve 1.
        Assert.InRange(org.Org.ServiceCalls.Total, 1, 3 + 18 + (18 * 2));
    }

    [Fact]
    public void Decompose_ByMonth_CostsTheApiAFixedNumberOfReadsPlusOneWritePerChild()
    {
        var org = new PlanningOrg();
        org.CreateYear(2026);
        var alice = org.Org.CreateUser("Alice Wang");
        var kpi = org.CreateKpi("REV", MeasureRevenue);
        var year = org.CreateTarget("Alice FY2026", alice, kpi, org.Period("FY2026").Id, 120_000m);
        org.Org.ServiceCalls.Reset();

        org.Execute("spm_DecomposeTarget", ("Target", new EntityReference("spm_target", year)), ("PeriodType", Month));

        Report(org);
        // Reads: target, period, candidate periods, existing children; 12 creates; then ONE engine recomputation: at most
        // 5 reads (targets, 2 revenue aggregates, parents, scorecards) and one write per changed row (12 children + parent).
        // The nested target steps stand aside (ContextMarks.DeferRecompute), so nothing grows with a per-child recomputation.
        var api = org.Org.ServiceCalls.ByPlugin["SalesPerf.Plugins.TargetPlanning.DecomposeTargetApi"];
        Assert.InRange(api, 4 + 12, 4 + 12 + 5 + 13);

        // Each child's own save is validated (one target per owner, KPI and period; the scorecard's owner and period; no
        // parent cycle): at most 3 reads per child, and nothing else runs.
        var relations = org.Org.ServiceCalls.ByPlugin.GetValueOrDefault(typeof(TargetRelationsPlugin).FullName!);
        Assert.InRange(relations, 1, 3 * 12);
        Assert.Equal(api + relations, org.Org.ServiceCalls.Total);
    }

    private void Report(PlanningOrg org)
    {
        output.WriteLine("total " + org.Org.ServiceCalls.Total);
        foreach (var pair in org.Org.ServiceCalls.ByPlugin.OrderBy(p => p.Key, System.StringComparer.Ordinal))
        {
            output.WriteLine(pair.Key + " " + pair.Value);
        }
    }
}
