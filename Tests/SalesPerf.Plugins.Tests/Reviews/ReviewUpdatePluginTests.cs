using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Reviews;
using SalesPerf.Plugins.Tests.Doubles;
using static SalesPerf.Plugins.Tests.Reviews.ReviewRows;

namespace SalesPerf.Plugins.Tests.Reviews;

public sealed class ReviewUpdatePluginTests
{
    [Fact]
    public void Update_RevieweeSubmitsSelfAssessment_SnapshotsTheScorecardScoreIntoTheTarget()
    {
        var target = Change(("statuscode", Status(ManagerReview)));
        var call = Update(target, Stored(SelfAssessment), Alice).WithRow(HunterScorecard());

        call.Execute(new ReviewUpdatePlugin());

        Assert.Equal(106m, target["spm_quantitativescore"]);
        Assert.Null(target["spm_qualitativescore"]);
        Assert.Equal(106m, target["spm_overallscore"]);
        Assert.Equal(Exceeds, target.GetAttributeValue<OptionSetValue>("spm_overallrating").Value);
        Assert.Equal([$"Retrieve spm_scorecard {ScorecardId:D} [spm_weightedscore]"], call.Services.Calls);
    }

    [Fact]
    public void Update_ReviewerRates_QualitativeOverallAndRatingFromTheDomainExample()
    {
        var target = Change(("spm_teamworkrating", 4), ("spm_growthrating", 4), ("spm_customerfocusrating", 5), ("spm_attituderating", 3));
        var call = Update(target, Stored(ManagerReview, quantitative: 106m), Nancy);

        call.Execute(new ReviewUpdatePlugin());

        Assert.Equal(80m, target["spm_qualitativescore"]);
        Assert.Equal(98.2m, target["spm_overallscore"]);
        Assert.Equal(Exceeds, target.GetAttributeValue<OptionSetValue>("spm_overallrating").Value);
        Assert.False(target.Contains("spm_quantitativescore"));
        Assert.Empty(call.Services.Calls);
    }

    [Fact]
    public void Update_ReviewerCompletesWithRatings_Passes()
    {
        var target = Change(("statuscode", Status(Completed)));
        var call = Update(target, Rated(Stored(ManagerReview, 106m), 4, 4, 5, 3), Nancy);

        call.Execute(new ReviewUpdatePlugin());

        Assert.Empty(call.Services.Calls);
    }

    [Fact]
    public void Update_SkippingSelfAssessment_RejectedOutOfOrderNamingTheReview()
    {
        var call = Update(Change(("statuscode", Status(ManagerReview))), Stored(Draft), Nancy);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => call.Execute(new ReviewUpdatePlugin()));

        Assert.Equal(
            "[SPM-REV-001] Review 'Alice Wang – FY2026 Q1': it cannot move from 'Draft' to 'Manager review'. A review moves one step at a time: Draft, Self-assessment, Manager review, Completed, Acknowledged.",
            error.Message);
    }

    [Fact]
    public void Update_GoingBack_RejectedOutOfOrder()
    {
        var call = Update(Change(("statuscode", Status(SelfAssessment))), Stored(ManagerReview, 106m), Nancy);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => call.Execute(new ReviewUpdatePlugin()));

        Assert.StartsWith("[SPM-REV-001] Review 'Alice Wang – FY2026 Q1': it cannot move from 'Manager review' to 'Self-assessment'.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_RevieweeCompletes_RejectedWrongParty()
    {
        var call = Update(Change(("statuscode", Status(Completed))), Rated(Stored(ManagerReview, 106m), 4, 4, 5, 3), Alice);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => call.Execute(new ReviewUpdatePlugin()));

        Assert.Equal(
            "[SPM-REV-002] Review 'Alice Wang – FY2026 Q1': only the reviewer may do 'Manager review → Completed', and you are the reviewee. Ask the reviewer to make this change.",
            error.Message);
    }

    [Fact]
    public void Update_ReviewerWritesSelfAssessment_RejectedWrongParty()
    {
        var call = Update(Change(("spm_selfassessment", "She did great")), Stored(SelfAssessment), Nancy);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => call.Execute(new ReviewUpdatePlugin()));

        Assert.StartsWith("[SPM-REV-002] Review 'Alice Wang – FY2026 Q1': only the reviewee may do 'spm_selfassessment', and you are the reviewer.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_SomeoneElseOpensTheReview_RejectedAfterOneRoleQuery()
    {
        var call = Update(Change(("statuscode", Status(SelfAssessment))), Stored(Draft), Oscar);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => call.Execute(new ReviewUpdatePlugin()));

        Assert.StartsWith(
            "[SPM-REV-002] Review 'Alice Wang – FY2026 Q1': only the reviewer or SalesPerf admin may do 'Draft → Self-assessment', and you are neither the reviewee nor the reviewer.",
            error.Message,
            StringComparison.Ordinal);
        Assert.Single(call.Services.Calls, c => c.StartsWith("RetrieveMultiple role ", StringComparison.Ordinal));
    }

    [Fact]
    public void Update_CompletedReviewEdited_RejectedReadOnly()
    {
        var call = Update(Change(("spm_strengths", "More")), Rated(Stored(Completed, 106m), 4, 4, 5, 3), Nancy);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => call.Execute(new ReviewUpdatePlugin()));

        Assert.Equal(
            "[SPM-REV-003] Review 'Alice Wang – FY2026 Q1' is Completed and can no longer be changed (column 'spm_strengths'). Only the reviewee's acknowledgement of a completed review is still possible.",
            error.Message);
    }

    [Fact]
    public void Update_CompletedReviewSentWithItsOwnValue_IsNoChange()
    {
        var stored = Rated(Stored(Completed, 106m), 4, 4, 5, 3);
        var call = Update(Change(("spm_teamworkrating", 4), ("spm_name", Name)), stored, Nancy);

        call.Execute(new ReviewUpdatePlugin());

        Assert.Empty(call.Services.Calls);
    }

    [Fact]
    public void Update_RevieweeAcknowledgesByStateAndStatus_Passes()
    {
        var call = Update(Change(("statecode", Status(1)), ("statuscode", Status(Acknowledged))), Rated(Stored(Completed, 106m), 4, 4, 5, 3), Alice);

        call.Execute(new ReviewUpdatePlugin());

        Assert.Empty(call.Services.Calls);
    }

    [Fact]
    public void Update_ComputedColumnByUser_Rejected()
    {
        var call = Update(Change(("spm_overallscore", 120m)), Stored(ManagerReview, 106m), Nancy);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => call.Execute(new ReviewUpdatePlugin()));

        Assert.Equal(
            "[SPM-CMP-001] Record 'Alice Wang – FY2026 Q1' (spm_review): the column 'spm_overallscore' is calculated by SalesPerf and cannot be changed. Remove it from your change; SalesPerf recalculates it automatically.",
            error.Message);
    }

    [Fact]
    public void Update_RatingSix_RejectedOutOfRange()
    {
        var call = Update(Change(("spm_growthrating", 6)), Stored(ManagerReview, 106m), Nancy);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => call.Execute(new ReviewUpdatePlugin()));

        Assert.StartsWith("[SPM-REV-004] Review 'Alice Wang – FY2026 Q1': the rating 'spm_growthrating' must be a whole number from 1 to 5 (was 6).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_CompletingWithoutRatings_RejectedRatingsRequired()
    {
        var call = Update(Change(("statuscode", Status(Completed))), Stored(ManagerReview, 106m), Nancy);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => call.Execute(new ReviewUpdatePlugin()));

        Assert.StartsWith("[SPM-REV-006] Review 'Alice Wang – FY2026 Q1': it cannot be completed without ratings.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_ReviewerChangedAfterDraft_RejectedNotEditable()
    {
        var call = Update(Change(("spm_reviewerid", new EntityReference("systemuser", Alice))), Stored(SelfAssessment), Alice);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => call.Execute(new ReviewUpdatePlugin()));

        Assert.StartsWith("[SPM-REV-007] Review 'Alice Wang – FY2026 Q1': the column 'spm_reviewerid' cannot be changed while the review is Self-assessment.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_WeightOverHundredInDraft_RejectedOutOfRange()
    {
        var call = Update(Change(("spm_quantitativeweight", 120m)), Stored(Draft), Nancy);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => call.Execute(new ReviewUpdatePlugin()));

        Assert.StartsWith("[SPM-REV-005] Review 'Alice Wang – FY2026 Q1': the quantitative weight must be between 0 and 100 (was 120).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_ChineseUserSkipsAStep_RejectedInChineseWithChineseStatuses()
    {
        var call = Update(Change(("statuscode", Status(Completed))), Stored(SelfAssessment), Alice).WithUserLanguage(2052);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => call.Execute(new ReviewUpdatePlugin()));

        Assert.Equal(
            "[SPM-REV-001] 考评“Alice Wang – FY2026 Q1”：不能从“自评”变为“已完成”。考评须按顺序逐步推进：草稿、自评、经理评估、已完成、已确认。",
            error.Message);
    }

    [Fact]
    public void Update_SentAsAnotherUserOnTheRevieweesBehalf_JudgesTheInitiatingUser()
    {
        var call = Update(Change(("statuscode", Status(Completed))), Rated(Stored(ManagerReview, 106m), 4, 4, 5, 3), Alice);
        call.Context.UserId = Nancy;

        var error = Assert.Throws<InvalidPluginExecutionException>(() => call.Execute(new ReviewUpdatePlugin()));

        Assert.StartsWith("[SPM-REV-002] ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_EngineWrite_PassesUnchecked()
    {
        var parent = new FakePluginExecutionContext { Depth = 1 };
        parent.SharedVariables[ContextMarks.EngineWrite] = typeof(ReviewSnapshotPlugin).FullName;
        var call = Update(Change(("spm_quantitativescore", 106m)), Stored(Completed, 106m), Oscar).CalledFrom(parent);

        call.Execute(new ReviewUpdatePlugin());

        Assert.Empty(call.Services.Calls);
    }

    [Fact]
    public void Declaration_UpdateStep_PreOperationWithoutFilteringAndWithTheReviewImage()
    {
        var step = PluginCatalog.ReadSteps(typeof(ReviewUpdatePlugin)).Single();

        Assert.Equal(PipelineStage.PreOperation, step.Stage);
        Assert.Empty(step.FilteringAttributes);
        Assert.Contains("spm_reviewerid", step.Images.Single().Attributes);
    }

    private static StepContextBuilder Update(Entity target, Entity stored, Guid caller)
    {
        var call = StepContextBuilder.For<ReviewUpdatePlugin>(MessageNames.Update).WithTarget(target).WithStoredRow(stored);
        call.Context.InitiatingUserId = caller;
        call.Context.UserId = caller;
        return call;
    }
}
