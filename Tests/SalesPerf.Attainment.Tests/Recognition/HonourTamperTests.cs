using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.Attainment.Tests.Support;

namespace SalesPerf.Attainment.Tests.Recognition;

/// <summary>
/// An honour is the engine's record that someone was first (or top N): its recipient, who owns it and holds Delete
/// Basic on recognitions, must not be able to remove it, or the next crossing would grant "first" a second time
/// (docs/domain-rules.md "People side: security").
/// </summary>
public sealed class HonourTamperTests
{
    [Fact]
    public void Recipient_DeletesHerHonour_Refused050_InHerLanguage_TheHonourStays_NobodyIsFirstTwice()
    {
        var org = new SalesOrg();
        var reps = TwoRepsQuarterRevenue.Seed(org);
        org.Org.AssignRole(reps.Alice, "SalesPerf Rep");
        var revenue = org.Row("spm_target", reps.AliceTarget).GetAttributeValue<EntityReference>("spm_kpiid").Id;
        org.FirstToReachRule("First to 100 %", revenue, 100m);
        org.Win(org.Opportunity(reps.Alice, 100_000m, "2026-02-03"), 100_000m, "2026-02-03");
        var honour = Assert.Single(org.Honours());

        Assert.Equal(
            "[SPM-RCG-050] Recognition 'First to 100 %': an honour is SalesPerf's record of who met the rule, so nobody deletes it; deleting it would let the rule be granted a second time. It stays on the wall as granted.",
            RecognitionOrg.Fault(() => org.Org.ServiceFor(reps.Alice).Delete("spm_recognition", honour.Id)));
        org.SpeaksChinese(reps.Alice);
        Assert.StartsWith(
            "[SPM-RCG-050] 表彰“First to 100 %”：荣誉是 SalesPerf 对达成规则者的记录，任何人都不能删除；删除后该规则可能被再次授予。",
            RecognitionOrg.Fault(() => org.Org.ServiceFor(reps.Alice).Delete("spm_recognition", honour.Id)));

        org.Win(org.Opportunity(reps.Bob, 100_000m, "2026-02-04"), 100_000m, "2026-02-04");
        Assert.Equal(honour.Id, Assert.Single(org.Honours()).Id);
    }

    [Fact]
    public void Recipient_DeactivatesAnHonour_Refused_AdministratorDeactivatesButCannotDelete_ItStillCounts()
    {
        var org = new SalesOrg();
        var reps = TwoRepsQuarterRevenue.Seed(org);
        org.Org.AssignRole(reps.Alice, "SalesPerf Rep");
        var revenue = org.Row("spm_target", reps.AliceTarget).GetAttributeValue<EntityReference>("spm_kpiid").Id;
        org.FirstToReachRule("First to 100 %", revenue, 100m);
        org.Win(org.Opportunity(reps.Alice, 100_000m, "2026-02-03"), 100_000m, "2026-02-03");
        var honour = Assert.Single(org.Honours());

        Assert.StartsWith("[SPM-RCG-007] ", RecognitionOrg.Fault(() => SetInactive(org.Org.ServiceFor(reps.Alice), honour.Id)));
        Assert.Equal(0, org.Row("spm_recognition", honour.Id).GetAttributeValue<OptionSetValue>("statecode").Value);

        // Moderation: an administrator may deactivate it; granted is granted, so nobody else becomes "first".
        SetInactive(org.Service, honour.Id);
        Assert.Equal(1, org.Row("spm_recognition", honour.Id).GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.StartsWith("[SPM-RCG-007] ", RecognitionOrg.Fault(() => SetActive(org.Org.ServiceFor(reps.Alice), honour.Id)));
        Assert.StartsWith("[SPM-RCG-050] ", RecognitionOrg.Fault(() => org.Service.Delete("spm_recognition", honour.Id)));
        org.Win(org.Opportunity(reps.Bob, 100_000m, "2026-02-04"), 100_000m, "2026-02-04");
        Assert.Equal(honour.Id, Assert.Single(org.Honours()).Id);
    }

    private static void SetActive(IOrganizationService service, Guid id) => service.Execute(new OrganizationRequest("SetState")
    {
        ["EntityMoniker"] = new EntityReference("spm_recognition", id),
        ["State"] = new OptionSetValue(0),
        ["Status"] = new OptionSetValue(1),
    });

    private static void SetInactive(IOrganizationService service, Guid id) => service.Execute(new OrganizationRequest("SetState")
    {
        ["EntityMoniker"] = new EntityReference("spm_recognition", id),
        ["State"] = new OptionSetValue(1),
        ["Status"] = new OptionSetValue(2),
    });
}
