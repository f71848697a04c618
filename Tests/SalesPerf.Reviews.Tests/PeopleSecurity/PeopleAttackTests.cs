using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using static SalesPerf.Reviews.Tests.PeopleSecurity.PeopleOrg;

namespace SalesPerf.Reviews.Tests.PeopleSecurity;

/// <summary>
/// Attacker-style writes on the people side, each refused and nothing written: by the roles (PrivilegeDenied, the
/// platform's own fault) where a row is beyond the caller's reach, by a SalesPerf rule (a code, in the caller's
/// language) where the roles would let it through.
/// </summary>
public sealed class PeopleAttackTests
{
    [Fact]
    public void Rep_UpdatesAnotherRepsKeyResultValue_DeniedByTheRoles_ObjectiveUnchanged()
    {
        var org = new PeopleOrg();
        var alices = org.Objective(org.Alice, "Alice: grow the Acme account");
        var kr = org.ValueKeyResult(org.Alice, alices, "Acme meetings", 5m);

        Denied(() => org.As(org.Bob).Update(new Entity("spm_keyresult", kr) { ["spm_currentvalue"] = 0m }));
        Denied(() => org.As(org.Dan).Update(new Entity("spm_keyresult", kr) { ["spm_weight"] = 100m }));

        Assert.Equal(5m, org.Row("spm_keyresult", kr).GetAttributeValue<decimal?>("spm_currentvalue"));
        Assert.Equal(50m, org.Row("spm_objective", alices).GetAttributeValue<decimal?>("spm_progresspercent"));
    }

    [Fact]
    public void Rep_AddsAKeyResultToAnotherRepsObjective_DeniedOrRefused050_InHerLanguage_NothingWritten()
    {
        var org = new PeopleOrg();
        var alices = org.Objective(org.Alice, "Alice: grow the Acme account");
        org.ValueKeyResult(org.Alice, alices, "Acme meetings", 5m);

        // Without an owner the key result is Alice's, and Bob's Create (Basic) does not reach Alice.
        Denied(() => org.ValueKeyResultOwnedBy(org.Bob, alices, "Sabotage", 0m, null));
        // Naming himself as the owner: refused by the rule.
        Assert.Equal(
            "[SPM-OKR-050] Key result 'Sabotage': it cannot belong to the objective 'Alice: grow the Acme account', whose key results belong to Alice Wang. A key result belongs to its objective's owner: leave the owner empty, or choose an objective of the key result's owner.",
            Fault(() => org.ValueKeyResultOwnedBy(org.Bob, alices, "Sabotage", 0m, org.Bob)));
        org.SpeaksChinese(org.Bob);
        Assert.StartsWith(
            "[SPM-OKR-050] 关键结果“Sabotage”：不能归属于目标“Alice: grow the Acme account”，该目标的关键结果属于 Alice Wang。",
            Fault(() => org.ValueKeyResultOwnedBy(org.Bob, alices, "Sabotage", 0m, org.Bob)));

        Assert.Single(org.Org.Rows("spm_keyresult"));
        Assert.Equal(50m, org.Row("spm_objective", alices).GetAttributeValue<decimal?>("spm_progresspercent"));
    }

    [Fact]
    public void Rep_MovesHisOwnKeyResultOntoAnotherRepsObjective_Refused050_BothObjectivesUnchanged()
    {
        var org = new PeopleOrg();
        var alices = org.Objective(org.Alice, "Alice: grow the Acme account");
        org.ValueKeyResult(org.Alice, alices, "Acme meetings", 5m);
        var bobs = org.Objective(org.Bob, "Bob: his pipeline");
        var full = org.ValueKeyResult(org.Bob, bobs, "Done already", 10m);

        var fault = Fault(() => org.As(org.Bob).Update(new Entity("spm_keyresult", full) { ["spm_objectiveid"] = new EntityReference("spm_objective", alices) }));

        Assert.StartsWith("[SPM-OKR-050] Key result 'Done already': it cannot belong to the objective 'Alice: grow the Acme account'", fault);
        Assert.Equal(bobs, org.Row("spm_keyresult", full).GetAttributeValue<EntityReference>("spm_objectiveid").Id);
        Assert.Equal(50m, org.Row("spm_objective", alices).GetAttributeValue<decimal?>("spm_progresspercent"));
        Assert.Equal(100m, org.Row("spm_objective", bobs).GetAttributeValue<decimal?>("spm_progresspercent"));
    }

    [Fact]
    public void Manager_AssignsThenMovesAKeyResultBetweenHisRepsObjectives_Allowed()
    {
        var org = new PeopleOrg();
        var alices = org.Objective(org.Alice, "Alice: grow the Acme account");
        var bobs = org.Objective(org.Bob, "Bob: his pipeline");
        var kr = org.ValueKeyResult(org.Mia, bobs, "Shared account plan", 10m);

        Assert.StartsWith("[SPM-OKR-050] ", Fault(() => org.As(org.Mia).Update(new Entity("spm_keyresult", kr) { ["spm_objectiveid"] = new EntityReference("spm_objective", alices) })));
        org.As(org.Mia).Execute(new OrganizationRequest("Assign") { ["Target"] = new EntityReference("spm_keyresult", kr), ["Assignee"] = UserRef(org.Alice) });
        org.As(org.Mia).Update(new Entity("spm_keyresult", kr) { ["spm_objectiveid"] = new EntityReference("spm_objective", alices) });

        Assert.Equal(100m, org.Row("spm_objective", alices).GetAttributeValue<decimal?>("spm_progresspercent"));
        Assert.Null(org.Row("spm_objective", bobs).GetAttributeValue<decimal?>("spm_progresspercent"));
    }

    [Fact]
    public void Rep_ChangesOrAddsItemsOfAnotherRepsCheckIn_DeniedByTheRoles()
    {
        var org = new PeopleOrg();
        var checkIn = org.OneToOneCheckIn(org.Mia, org.Alice);
        var action = org.Action(org.Mia, checkIn, org.Alice, "Send the Acme proposal");

        Denied(() => org.As(org.Bob).Update(new Entity("spm_checkinitem", action) { ["spm_done"] = true }));
        Denied(() => org.Action(org.Bob, checkIn, org.Alice, "Drop the Acme deal"));
        Denied(() => org.As(org.Bob).Update(new Entity("spm_checkin", checkIn) { ["spm_notes"] = "Alice missed her numbers." }));

        Assert.False(org.Row("spm_checkinitem", action).GetAttributeValue<bool>("spm_done"));
        Assert.Single(org.Org.Rows("spm_checkinitem"));
        org.As(org.Alice).Update(new Entity("spm_checkinitem", action) { ["spm_done"] = true });
        Assert.True(org.Row("spm_checkinitem", action).GetAttributeValue<bool>("spm_done"));
    }

    [Fact]
    public void Rep_ChangesOrAddsItemsOfAnotherRepsDevelopmentPlan_DeniedByTheRoles_ProgressUnchanged()
    {
        var org = new PeopleOrg();
        var plan = org.Plan(org.Mia, org.Alice);
        var item = org.PlanItem(org.Mia, plan, "Negotiation workshop");

        Denied(() => org.As(org.Bob).Update(new Entity("spm_developmentitem", item) { ["spm_itemstatus"] = new OptionSetValue(ItemCompleted) }));
        Denied(() => org.PlanItem(org.Bob, plan, "Cancel everything"));

        Assert.Single(org.Org.Rows("spm_developmentitem"));
        var stored = org.Row("spm_developmentplan", plan);
        Assert.Equal(0m, stored.GetAttributeValue<decimal?>("spm_progresspercent"));
        Assert.Equal(1, stored.GetAttributeValue<int?>("spm_itemcount"));
    }

    [Fact]
    public void Respondent_SubmitsTwice_Refused011_InHerLanguage_FirstAnswerKept()
    {
        var org = new PeopleOrg();
        var review = org.Review(org.Mia, org.Alice);
        var toBob = org.PeerRequest(org.Mia, review, org.Bob);
        org.As(org.Bob).Update(org.Answer(toBob, 4));

        Assert.StartsWith("[SPM-FBK-011] ", Fault(() => org.As(org.Bob).Update(org.Answer(toBob, 1))));
        org.SpeaksChinese(org.Bob);
        var chinese = Fault(() => org.As(org.Bob).Update(org.Answer(toBob, 1)));
        Assert.StartsWith("[SPM-FBK-011] ", chinese);
        Assert.Contains(chinese, c => c is >= '\u4e00' and <= '\u9fff');

        var stored = org.Row("spm_feedbackrequest", toBob);
        Assert.Equal(4, stored.GetAttributeValue<int?>("spm_teamworkrating"));
        Assert.Equal(80m, stored.GetAttributeValue<decimal?>("spm_score"));
        Assert.Equal(1, org.Row("spm_review", review).GetAttributeValue<int?>("spm_peerresponses"));
    }

    [Fact]
    public void Respondent_SubmitsAfterTheReviewClosed_Refused002_NothingWritten()
    {
        var org = new PeopleOrg();
        var review = org.Review(org.Mia, org.Alice);
        var toBob = org.PeerRequest(org.Mia, review, org.Bob);
        org.As(org.Mia).Update(new Entity("spm_review", review) { ["statuscode"] = new OptionSetValue(100000000) });
        org.As(org.Alice).Update(new Entity("spm_review", review) { ["statuscode"] = new OptionSetValue(100000001) });
        org.As(org.Mia).Update(new Entity("spm_review", review) { ["spm_teamworkrating"] = 4, ["spm_growthrating"] = 4, ["spm_customerfocusrating"] = 5, ["spm_attituderating"] = 3 });
        org.As(org.Mia).Update(new Entity("spm_review", review) { ["statuscode"] = new OptionSetValue(100000002) });

        Assert.StartsWith("[SPM-FBK-002] Feedback request", Fault(() => org.As(org.Bob).Update(org.Answer(toBob, 5))));
        org.SpeaksChinese(org.Bob);
        Assert.StartsWith("[SPM-FBK-002] 反馈请求", Fault(() => org.As(org.Bob).Update(org.Answer(toBob, 5))));

        var stored = org.Row("spm_feedbackrequest", toBob);
        Assert.Null(stored.GetAttributeValue<int?>("spm_teamworkrating"));
        Assert.Equal(100000000, stored.GetAttributeValue<OptionSetValue>("spm_feedbackstatus").Value);
        Assert.Equal(0, org.Row("spm_review", review).GetAttributeValue<int?>("spm_peerresponses") ?? 0);
    }

    [Theory]
    [InlineData("spm_objective", "spm_progresspercent")]
    [InlineData("spm_objective", "spm_keyresultcount")]
    [InlineData("spm_keyresult", "spm_progresspercent")]
    [InlineData("spm_developmentplan", "spm_progresspercent")]
    [InlineData("spm_feedbackrequest", "spm_score")]
    [InlineData("spm_review", "spm_peerscore")]
    public void Owner_WritesAnEngineColumnOfHerOwnRow_RefusedCmp001(string table, string column)
    {
        var org = new PeopleOrg();
        var objective = org.Objective(org.Alice, "Alice: grow the Acme account");
        var kr = org.ValueKeyResult(org.Alice, objective, "Acme meetings", 5m);
        var plan = org.Plan(org.Mia, org.Alice);
        var review = org.Review(org.Mia, org.Alice);
        var request = org.PeerRequest(org.Mia, review, org.Bob);
        var (writer, id) = table switch
        {
            "spm_objective" => (org.Alice, objective),
            "spm_keyresult" => (org.Alice, kr),
            "spm_developmentplan" => (org.Mia, plan),
            "spm_feedbackrequest" => (org.Bob, request),
            _ => (org.Mia, review),
        };
        var before = org.Row(table, id).GetAttributeValue<object>(column);

        var fault = Fault(() => org.As(writer).Update(new Entity(table, id) { [column] = column == "spm_keyresultcount" ? 5 : 100m }));

        Assert.StartsWith("[SPM-CMP-001] ", fault);
        Assert.Contains(column, fault);
        Assert.Equal(before, org.Row(table, id).GetAttributeValue<object>(column));
    }

    [Fact]
    public void Rep_KudosToHerself_Refused005_ForgedHonour_Refused007_NothingWritten()
    {
        var org = new PeopleOrg();

        Assert.StartsWith("[SPM-RCG-005] ", Fault(() => org.Kudos(org.Alice, org.Alice)));
        var forged = new Entity("spm_recognition")
        {
            ["spm_name"] = "First to 100 % this quarter",
            ["spm_kind"] = new OptionSetValue(100000001),
            ["spm_recipientid"] = UserRef(org.Alice),
        };
        Assert.StartsWith("[SPM-RCG-007] ", Fault(() => org.As(org.Bob).Create(forged)));
        var asKudos = new Entity("spm_recognition")
        {
            ["spm_name"] = "First to 100 % this quarter",
            ["spm_recipientid"] = UserRef(org.Alice),
            ["spm_reason"] = "Reached 100 % first.",
        };
        Assert.StartsWith("[SPM-RCG-007] ", Fault(() => org.As(org.Bob).Create(asKudos)));
        var kudos = org.Kudos(org.Bob, org.Alice);
        org.SpeaksChinese(org.Bob);
        var chinese = Fault(() => org.As(org.Bob).Update(new Entity("spm_recognition", kudos) { ["spm_kind"] = new OptionSetValue(100000001) }));
        Assert.StartsWith("[SPM-RCG-007] 表彰", chinese);

        var rows = org.Org.Rows("spm_recognition");
        Assert.Equal(kudos, rows.Single().Id);
        Assert.Equal(100000000, rows.Single().GetAttributeValue<OptionSetValue>("spm_kind").Value);
    }
}
