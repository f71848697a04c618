using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Reviews;
using SalesPerf.Plugins.Tests.Doubles;
using static SalesPerf.Plugins.Tests.Reviews.ReviewRows;

namespace SalesPerf.Plugins.Tests.Reviews;

public sealed class ReviewCreatePluginTests
{
    [Fact]
    public void Create_WithoutReviewer_DefaultsToTheRevieweesManagerWithOneRead()
    {
        var target = New();
        var call = Create(target).WithRow(new Entity("systemuser", Alice) { ["fullname"] = "Alice Wang", ["parentsystemuserid"] = new EntityReference("systemuser", Nancy) });

        call.Execute(new ReviewCreatePlugin());

        Assert.Equal(Nancy, target.GetAttributeValue<EntityReference>("spm_reviewerid").Id);
        Assert.Equal(70m, target["spm_quantitativeweight"]);
        Assert.Equal([$"Retrieve systemuser {Alice:D} [fullname,parentsystemuserid]"], call.Services.Calls);
    }

    [Fact]
    public void Create_CompleteReview_NoQuery()
    {
        var target = New();
        target["spm_reviewerid"] = new EntityReference("systemuser", Nancy);
        var call = Create(target);

        call.Execute(new ReviewCreatePlugin());

        Assert.Empty(call.Services.Calls);
        Assert.Equal(70m, target["spm_quantitativeweight"]);
    }

    [Fact]
    public void Create_WithoutName_NamedAfterRevieweeAndPeriod()
    {
        var target = New();
        target.Attributes.Remove("spm_name");
        target["spm_reviewerid"] = new EntityReference("systemuser", Nancy);
        var call = Create(target)
            .WithRow(new Entity("systemuser", Alice) { ["fullname"] = "Alice Wang" })
            .WithRow(new Entity("spm_period", PeriodId) { ["spm_name"] = "FY2026 Q1" });

        call.Execute(new ReviewCreatePlugin());

        Assert.Equal("Alice Wang – FY2026 Q1", target["spm_name"]);
    }

    [Fact]
    public void Create_InManagerReview_RejectedMustStartAsDraft()
    {
        var target = New();
        target["statuscode"] = new OptionSetValue(ManagerReview);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => Create(target).Execute(new ReviewCreatePlugin()));

        Assert.Equal(
            "[SPM-REV-008] Review 'Alice Wang – FY2026 Q1': a new review starts as Draft, not Manager review. Create it without a status, then move it forward one step at a time.",
            error.Message);
    }

    [Fact]
    public void Create_WithRatings_RejectedNotEditableInDraft()
    {
        var target = New();
        target["spm_teamworkrating"] = 5;

        var error = Assert.Throws<InvalidPluginExecutionException>(() => Create(target).Execute(new ReviewCreatePlugin()));

        Assert.StartsWith("[SPM-REV-007] Review 'Alice Wang – FY2026 Q1': the column 'spm_teamworkrating' cannot be changed while the review is Draft.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_WithComputedScore_Rejected()
    {
        var target = New();
        target["spm_quantitativescore"] = 150m;

        var error = Assert.Throws<InvalidPluginExecutionException>(() => Create(target).Execute(new ReviewCreatePlugin()));

        Assert.StartsWith("[SPM-CMP-001] Record 'Alice Wang – FY2026 Q1' (spm_review): the column 'spm_quantitativescore'", error.Message, StringComparison.Ordinal);
    }

    private static Entity New() => new("spm_review")
    {
        ["spm_name"] = Name,
        ["ownerid"] = new EntityReference("systemuser", Alice),
        ["spm_periodid"] = new EntityReference("spm_period", PeriodId),
        ["spm_scorecardid"] = new EntityReference("spm_scorecard", ScorecardId),
    };

    private static StepContextBuilder Create(Entity target)
    {
        var call = StepContextBuilder.For<ReviewCreatePlugin>(MessageNames.Create).WithTarget(target);
        call.Context.InitiatingUserId = Nancy;
        call.Context.UserId = Nancy;
        return call;
    }
}
