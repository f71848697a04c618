using System;
using Microsoft.Xrm.Sdk;
using static SalesPerf.Reviews.Tests.PeopleSecurity.PeopleOrg;

namespace SalesPerf.Reviews.Tests.PeopleSecurity;

/// <summary>
/// Issue 15 item 6, "roles so a rep sees their own, a manager their team's, and feedback respondents only their own
/// request", proven with the solution's roles in the local organisation (Retrieve faults beyond the read depth, queries
/// are trimmed): a rep reads her own rows and not another rep's, a manager reads the rows of his business unit and
/// not another unit's. Rules: docs/domain-rules.md "People side: security".
/// </summary>
public sealed class PeopleVisibilityTests
{
    [Fact]
    public void KeyResults_RepReadsHerOwn_NotAnotherRepsOrUnits_ManagerReadsHisUnitsOnly()
    {
        var org = new PeopleOrg();
        var alices = org.Objective(org.Alice, "Alice: grow the Acme account");
        var kr = org.ValueKeyResult(org.Alice, alices, "Acme meetings", 5m);
        var dans = org.Objective(org.Dan, "Dan: open the West");

        Assert.True(org.CanRetrieve(org.Alice, "spm_keyresult", kr));
        Assert.False(org.CanRetrieve(org.Bob, "spm_keyresult", kr));
        Assert.Empty(org.Visible(org.Bob, "spm_keyresult"));
        Assert.True(org.CanRetrieve(org.Mia, "spm_keyresult", kr));
        Assert.True(org.CanRetrieve(org.Dora, "spm_keyresult", kr));
        Assert.False(org.CanRetrieve(org.Wes, "spm_keyresult", kr));
        Assert.False(org.CanRetrieve(org.Dan, "spm_keyresult", kr));

        // Objectives are read across the rep's own business unit so that she can align to her manager's
        // (OKRs and check-ins, "Roles"), never across units.
        Assert.True(org.CanRetrieve(org.Bob, "spm_objective", alices));
        Assert.False(org.CanRetrieve(org.Dan, "spm_objective", alices));
        Assert.False(org.CanRetrieve(org.Alice, "spm_objective", dans));
        Assert.Equal(new[] { dans }, org.Visible(org.Wes, "spm_objective"));
    }

    [Fact]
    public void KeyResultAddedByTheManager_BelongsToTheObjectivesOwner_WhoReadsAndUpdatesIt()
    {
        var org = new PeopleOrg();
        var alices = org.Objective(org.Alice, "Alice: grow the Acme account");

        var kr = org.ValueKeyResult(org.Mia, alices, "Acme meetings", 0m);
        org.As(org.Alice).Update(new Entity("spm_keyresult", kr) { ["spm_currentvalue"] = 4m });

        Assert.Equal(org.Alice, org.Row("spm_keyresult", kr).GetAttributeValue<EntityReference>("ownerid").Id);
        Assert.Equal(40m, org.Row("spm_objective", alices).GetAttributeValue<decimal?>("spm_progresspercent"));
        Assert.False(org.CanRetrieve(org.Bob, "spm_keyresult", kr));
    }

    [Fact]
    public void CheckIns_TheRepReadsHerOneToOneAndItsItems_AnotherRepAndAnotherUnitDoNot()
    {
        var org = new PeopleOrg();
        var checkIn = org.OneToOneCheckIn(org.Mia, org.Alice);
        var action = org.Action(org.Mia, checkIn, org.Alice, "Send the Acme proposal");

        foreach (var (table, id) in new[] { ("spm_checkin", checkIn), ("spm_checkinitem", action) })
        {
            Assert.True(org.CanRetrieve(org.Alice, table, id));
            Assert.True(org.CanRetrieve(org.Mia, table, id));
            Assert.True(org.CanRetrieve(org.Dora, table, id));
            Assert.False(org.CanRetrieve(org.Bob, table, id));
            Assert.False(org.CanRetrieve(org.Carl, table, id));
            Assert.False(org.CanRetrieve(org.Wes, table, id));
            Assert.False(org.CanRetrieve(org.Dan, table, id));
            Assert.Empty(org.Visible(org.Bob, table));
            Assert.Empty(org.Visible(org.Wes, table));
        }
    }

    [Fact]
    public void DevelopmentPlans_ThePersonReadsHerPlanAndItems_AnotherRepAndAnotherUnitDoNot()
    {
        var org = new PeopleOrg();
        var plan = org.Plan(org.Mia, org.Alice);
        var item = org.PlanItem(org.Mia, plan, "Negotiation workshop");

        foreach (var (table, id) in new[] { ("spm_developmentplan", plan), ("spm_developmentitem", item) })
        {
            Assert.True(org.CanRetrieve(org.Alice, table, id));
            Assert.True(org.CanRetrieve(org.Mia, table, id));
            Assert.False(org.CanRetrieve(org.Bob, table, id));
            Assert.False(org.CanRetrieve(org.Wes, table, id));
            Assert.False(org.CanRetrieve(org.Dan, table, id));
            Assert.Empty(org.Visible(org.Bob, table));
            Assert.Empty(org.Visible(org.Wes, table));
        }
    }

    [Fact]
    public void FeedbackRequests_EachRespondentReadsOnlyTheRequestAddressedToHer()
    {
        var org = new PeopleOrg();
        var review = org.Review(org.Mia, org.Alice);
        var toBob = org.PeerRequest(org.Mia, review, org.Bob);
        var toCarl = org.PeerRequest(org.Mia, review, org.Carl);

        Assert.Equal(new[] { toBob }, org.Visible(org.Bob, "spm_feedbackrequest"));
        Assert.Equal(new[] { toCarl }, org.Visible(org.Carl, "spm_feedbackrequest"));
        Assert.False(org.CanRetrieve(org.Bob, "spm_feedbackrequest", toCarl));
        Assert.Empty(org.Visible(org.Alice, "spm_feedbackrequest"));
        Assert.Empty(org.Visible(org.Dan, "spm_feedbackrequest"));
        Assert.Equal(2, org.Visible(org.Sam, "spm_feedbackrequest").Length);
    }

    [Fact]
    public void Kudos_TheWallIsReadByEveryone_OnlyTheGiverChangesIt()
    {
        var org = new PeopleOrg();
        var kudos = org.Kudos(org.Alice, org.Bob);

        foreach (var reader in new[] { org.Bob, org.Carl, org.Dan, org.Wes })
        {
            Assert.True(org.CanRetrieve(reader, "spm_recognition", kudos));
        }

        org.As(org.Alice).Update(new Entity("spm_recognition", kudos) { ["spm_message"] = "Thank you for the Acme and Globex renewals." });
        Assert.StartsWith("[SPM-RCG-006] ", Fault(() => org.As(org.Dan).Update(new Entity("spm_recognition", kudos) { ["spm_message"] = "Nothing special." })));
        Assert.Equal("Thank you for the Acme and Globex renewals.", org.Row("spm_recognition", kudos).GetAttributeValue<string>("spm_message"));
    }
}
