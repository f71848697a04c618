using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg;
using static SalesPerf.Reviews.Tests.Support.RoleOrg;

namespace SalesPerf.Reviews.Tests;

/// <summary>
/// Anonymity is the roles' and plug-ins' work, not the form's: with the solution's roles a rep cannot read the
/// feedback rows about herself, a respondent reads only the request she answers, and the review shows no aggregate
/// until the minimum of responses arrived.
/// </summary>
public sealed class FeedbackAccessTests
{
    [Fact]
    public void Rep_CannotReadPeerFeedbackAboutHerself_TheRespondentReadsAndAnswersHerOwn()
    {
        var org = new LocalOrganization(new LocalOrganizationOptions { UtcNow = new DateTime(2026, 3, 31, 12, 0, 0, DateTimeKind.Utc) });
        var unit = org.RootBusinessUnitId;
        var manager = User(org, "Nancy Warner", unit, "SalesPerf Manager");
        var alice = org.CreateUser("Alice Wang", manager);
        org.AssignRole(alice, "SalesPerf Rep");
        var bob = org.CreateUser("Bob Li", manager);
        org.AssignRole(bob, "SalesPerf Rep");
        var period = Period(org);
        var review = org.ServiceFor(manager).Create(new Entity("spm_review")
        {
            ["ownerid"] = new EntityReference("systemuser", alice),
            ["spm_periodid"] = new EntityReference("spm_period", period),
        });
        var request = org.ServiceFor(manager).Create(new Entity("spm_feedbackrequest")
        {
            ["spm_reviewid"] = new EntityReference("spm_review", review),
            ["spm_kind"] = new OptionSetValue(100000000),
            ["spm_respondentuserid"] = new EntityReference("systemuser", bob),
        });

        org.ServiceFor(bob).Update(new Entity("spm_feedbackrequest", request)
        {
            ["spm_teamworkrating"] = 2,
            ["spm_comment"] = "Rarely shares leads.",
            ["spm_feedbackstatus"] = new OptionSetValue(100000001),
        });

        Assert.ThrowsAny<Exception>(() => org.ServiceFor(alice).Retrieve("spm_feedbackrequest", request, new ColumnSet("spm_comment")));
        Assert.Empty(org.ServiceFor(alice).RetrieveMultiple(new QueryExpression("spm_feedbackrequest") { ColumnSet = new ColumnSet("spm_comment") }).Entities);
        Assert.Single(org.ServiceFor(bob).RetrieveMultiple(new QueryExpression("spm_feedbackrequest") { ColumnSet = new ColumnSet("spm_comment") }).Entities);
        var seen = org.ServiceFor(alice).Retrieve("spm_review", review, new ColumnSet("spm_peerscore", "spm_peerresponses"));
        Assert.Null(seen.GetAttributeValue<decimal?>("spm_peerscore"));
        Assert.Equal(1, seen.GetAttributeValue<int?>("spm_peerresponses"));
    }
}
