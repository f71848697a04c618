using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace SalesPerf.Reviews.Tests.Support;

/// <summary>
/// The review organisation with 360° feedback: Alice's scorecard scores 106, her review (Nancy reviews) is in Manager
/// review with ratings 4, 4, 5, 3 (80 → 98.2); the quarter sets manager / peer / customer weights 50 / 30 / 20 and the
/// default minimum of 3 responses. Cathy Ng is the contact on Alice's deal won on 2026-02-10; Dan Wu is on none.
/// </summary>
internal sealed class FeedbackOrg
{
    public const int Peer = 100000000;
    public const int Customer = 100000001;
    public const int Requested = 100000000;
    public const int Submitted = 100000001;

    private FeedbackOrg()
    {
        R = ReviewOrg.Create();
        R.Org.Service.Update(new Entity("spm_period", R.Period)
        {
            ["spm_managerfeedbackweight"] = 50m,
            ["spm_peerfeedbackweight"] = 30m,
            ["spm_customerfeedbackweight"] = 20m,
        });
        R.Score(R.AliceScorecard, 106m);
        Review = R.NewReview(R.Alice);
        R.SetStatus(R.Nancy, Review, ReviewOrg.SelfAssessment);
        R.SetStatus(R.Alice, Review, ReviewOrg.ManagerReview);
        R.As(R.Nancy).Update(new Entity("spm_review", Review) { ["spm_teamworkrating"] = 4, ["spm_growthrating"] = 4, ["spm_customerfocusrating"] = 5, ["spm_attituderating"] = 3 });
        var account = R.Org.Service.Create(new Entity("account") { ["name"] = "Northwind" });
        Cathy = R.Org.Service.Create(new Entity("contact") { ["firstname"] = "Cathy", ["lastname"] = "Ng", ["fullname"] = "Cathy Ng" });
        Dan = R.Org.Service.Create(new Entity("contact") { ["firstname"] = "Dan", ["lastname"] = "Wu", ["fullname"] = "Dan Wu" });
        var deal = R.As(R.Alice).Create(new Entity("opportunity")
        {
            ["name"] = "Northwind renewal",
            ["customerid"] = new EntityReference("account", account),
            ["parentcontactid"] = new EntityReference("contact", Cathy),
            ["estimatedvalue"] = new Money(20000m),
            ["estimatedclosedate"] = new DateTime(2026, 2, 10, 0, 0, 0, DateTimeKind.Utc),
        });
        R.Org.Service.Execute(new OrganizationRequest("WinOpportunity")
        {
            ["OpportunityClose"] = new Entity("opportunityclose")
            {
                ["opportunityid"] = new EntityReference("opportunity", deal),
                ["actualrevenue"] = new Money(20000m),
                ["actualend"] = new DateTime(2026, 2, 10, 0, 0, 0, DateTimeKind.Utc),
            },
            ["Status"] = new OptionSetValue(3),
        });
    }

    public ReviewOrg R { get; }

    public Guid Review { get; }

    public Guid Cathy { get; }

    public Guid Dan { get; }

    public static FeedbackOrg Create() => new();

    /// <summary>Nancy (the reviewer) asks <paramref name="peer"/> for peer feedback on Alice's review.</summary>
    public Guid AskPeer(Guid peer, Guid? asker = null) => R.As(asker ?? R.Nancy).Create(new Entity("spm_feedbackrequest")
    {
        ["spm_reviewid"] = new EntityReference("spm_review", Review),
        ["spm_kind"] = new OptionSetValue(Peer),
        ["spm_respondentuserid"] = new EntityReference("systemuser", peer),
    });

    public Guid AskCustomer(Guid contact) => R.As(R.Nancy).Create(new Entity("spm_feedbackrequest")
    {
        ["spm_reviewid"] = new EntityReference("spm_review", Review),
        ["spm_kind"] = new OptionSetValue(Customer),
        ["spm_respondentcontactid"] = new EntityReference("contact", contact),
    });

    /// <summary><paramref name="respondent"/> submits the four ratings.</summary>
    public void Answer(Guid respondent, Guid request, int teamwork, int growth, int customerFocus, int attitude, string? captured = null)
    {
        var answer = new Entity("spm_feedbackrequest", request)
        {
            ["spm_teamworkrating"] = teamwork,
            ["spm_growthrating"] = growth,
            ["spm_customerfocusrating"] = customerFocus,
            ["spm_attituderating"] = attitude,
            ["spm_feedbackstatus"] = new OptionSetValue(Submitted),
        };
        if (captured is not null)
        {
            answer["spm_capturesource"] = captured;
        }

        R.As(respondent).Update(answer);
    }

    public Entity ReviewRow() => R.Review(Review);

    public Entity Request(Guid id) => R.Org.Service.Retrieve("spm_feedbackrequest", id, new ColumnSet(true));
}
