using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.Attainment.Tests.Support;

namespace SalesPerf.Attainment.Tests.Recognition;

/// <summary>A misconfigured honour rule is refused when saved, in the user's language, so it can never stop a sale.</summary>
public sealed class HonourRuleValidationTests
{
    private static Entity Rule(int kind, Action<Entity> more)
    {
        var rule = new Entity("spm_honourrule")
        {
            ["spm_name"] = "Bad rule",
            ["spm_kind"] = new OptionSetValue(kind),
            ["spm_periodtype"] = new OptionSetValue(RecognitionOrg.Quarter),
        };
        more(rule);
        return rule;
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(-5, "-5")]
    [InlineData(1000.01, "1000.01")]
    public void Create_ThresholdNotAboveZeroOrTooHigh_Refused(double threshold, string shown)
    {
        var org = new SalesOrg();
        var kpi = org.Kpi("Revenue", Measures.Revenue);
        var message = RecognitionOrg.Fault(() => org.Service.Create(Rule(RecognitionOrg.FirstToReach, r =>
        {
            r["spm_kpiid"] = new EntityReference("spm_kpi", kpi);
            r["spm_thresholdpercent"] = (decimal)threshold;
        })));
        Assert.Equal($"[SPM-RCG-002] Honour rule 'Bad rule': the threshold {shown} % is not allowed. A first-to-reach rule needs a threshold above 0 and at most 1000 %.", message);
    }

    [Fact]
    public void Create_UnknownOrMissingKpi_Refused()
    {
        var org = new SalesOrg();
        var ghost = Guid.NewGuid();
        var unknown = RecognitionOrg.Fault(() => org.Service.Create(Rule(RecognitionOrg.FirstToReach, r =>
        {
            r["spm_kpiid"] = new EntityReference("spm_kpi", ghost);
            r["spm_thresholdpercent"] = 100m;
        })));
        Assert.StartsWith($"[SPM-RCG-003] Honour rule 'Bad rule': the KPI '{ghost:D}' does not exist.", unknown);

        var missing = RecognitionOrg.Fault(() => org.Service.Create(Rule(RecognitionOrg.FirstToReach, r => r["spm_thresholdpercent"] = 100m)));
        Assert.StartsWith("[SPM-RCG-003] Honour rule 'Bad rule': the KPI 'none' does not exist.", missing);
        Assert.Equal(0, org.Count("spm_honourrule"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(51)]
    public void Create_TopNOutsideOneToFifty_RefusedInChineseForAChineseUser(int topN)
    {
        var org = new SalesOrg();
        var admin = org.User("Ada");
        org.Org.AssignRole(admin, "SalesPerf Admin");
        org.SpeaksChinese(admin);
        var message = RecognitionOrg.Fault(() => org.Org.ServiceFor(admin).Create(Rule(RecognitionOrg.TopOfLeaderboard, r => r["spm_topn"] = topN)));
        Assert.Equal($"[SPM-RCG-004] 荣誉规则“Bad rule”：前 {topN} 名无效。“前 N 名”规则对每个业务部门表彰 1 至 50 名领先者。", message);
    }

    [Fact]
    public void Create_NoPeriodTypeAndNoThreshold_BothReportedInOneMessage()
    {
        var org = new SalesOrg();
        var kpi = org.Kpi("Revenue", Measures.Revenue);
        var rule = Rule(RecognitionOrg.FirstToReach, r => r["spm_kpiid"] = new EntityReference("spm_kpi", kpi));
        rule.Attributes.Remove("spm_periodtype");

        var message = RecognitionOrg.Fault(() => org.Service.Create(rule));

        Assert.StartsWith("[SPM-RCG-001] Honour rule 'Bad rule': the column 'spm_periodtype' is required.", message);
        Assert.Contains("[SPM-RCG-002] Honour rule 'Bad rule': the threshold none % is not allowed.", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_ValidRuleMadeInvalid_RefusedAndUnchanged_LastGrantedOnIsTheEngines()
    {
        var org = new SalesOrg();
        var kpi = org.Kpi("Revenue", Measures.Revenue);
        var id = org.FirstToReachRule("First to 100 %", kpi, 100m);

        Assert.StartsWith("[SPM-RCG-002] Honour rule 'First to 100 %'", RecognitionOrg.Fault(() => org.Service.Update(new Entity("spm_honourrule", id) { ["spm_thresholdpercent"] = 0m })));
        Assert.StartsWith("[SPM-CMP-001]", RecognitionOrg.Fault(() => org.Service.Update(new Entity("spm_honourrule", id) { ["spm_lastgrantedon"] = DateTime.UtcNow })));
        Assert.Equal(100m, org.Number("spm_honourrule", id, "spm_thresholdpercent"));

        // A top-N rule ignores the threshold and KPI it does not use.
        org.Service.Update(new Entity("spm_honourrule", id) { ["spm_kind"] = new OptionSetValue(RecognitionOrg.TopOfLeaderboard), ["spm_topn"] = 3 });
        Assert.Equal(3m, org.Number("spm_honourrule", id, "spm_topn"));
    }
}
