using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using SalesPerf.Attainment.Tests.Support;

namespace SalesPerf.Attainment.Tests;

/// <summary>A failure in the attainment step rolls the whole win back: the opportunity stays open, no target changes.</summary>
public sealed class RollbackTests
{
    [Fact]
    public void Win_AttainmentStepFails_WinAndEveryWriteRolledBack()
    {
        var org = new SalesOrg();
        var rep = org.User("Alice");
        var periods = org.Fy2026();
        var kpi = org.Kpi("Revenue", Measures.Revenue);
        var target = org.Target(rep, kpi, periods.Q1, 100_000m);
        var deal = org.Opportunity(rep, 20_000m, "2026-02-10");
        var before = org.Row("spm_target", target);

        // A KPI filter that is not a FetchXML <filter>, brought in past the KPI's validation by a data import that
        // bypasses custom plug-ins, makes the recomputation throw inside the win's transaction.
        org.Service.Execute(new UpdateRequest
        {
            Target = new Entity("spm_kpi", kpi) { ["spm_filterxml"] = "<condition attribute='name' operator='eq' value='x'/>" },
            ["BypassCustomPluginExecution"] = true,
        });
        Assert.ThrowsAny<System.Exception>(() => org.Win(deal, 20_000m, "2026-02-10"));

        var opportunity = org.Row("opportunity", deal);
        Assert.Equal(0, opportunity.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.False(opportunity.Contains("spm_salescycledays"));
        Assert.Equal(0, org.Count("opportunityclose"));
        Assert.Equal(before.GetAttributeValue<decimal?>("spm_inprogressvalue"), org.Row("spm_target", target).GetAttributeValue<decimal?>("spm_inprogressvalue"));
        Assert.Null(org.Number("spm_target", target, "spm_actualvalue"));
    }
}
