using SalesPerf.Domain.Reviews;

namespace SalesPerf.Domain.Tests.Reviews;

public class ReviewWorkflowTests
{
    private static readonly ReviewRatings Rated = ReviewRatings.Create(4, 4, 5, 3).Value;

    [Theory]
    [InlineData(ReviewStatus.Draft, ReviewStatus.SelfAssessment, ReviewParty.Reviewer)] // reviewer opens the review
    [InlineData(ReviewStatus.Draft, ReviewStatus.SelfAssessment, ReviewParty.Admin)] // admin opens it (review cycle)
    [InlineData(ReviewStatus.SelfAssessment, ReviewStatus.ManagerReview, ReviewParty.Reviewee)] // reviewee submits the self assessment
    [InlineData(ReviewStatus.ManagerReview, ReviewStatus.Completed, ReviewParty.Reviewer)] // reviewer rates and completes
    [InlineData(ReviewStatus.Completed, ReviewStatus.Acknowledged, ReviewParty.Reviewee)] // reviewee acknowledges
    public void Transition_NextStepByItsParty_Succeeds(ReviewStatus from, ReviewStatus to, ReviewParty party)
    {
        Assert.Equal(to, ReviewWorkflow.Transition(from, to, party, Rated).Value);
    }

    [Theory]
    [InlineData(ReviewStatus.Draft, ReviewStatus.ManagerReview)] // skips the self assessment
    [InlineData(ReviewStatus.Draft, ReviewStatus.Completed)] // skips two steps
    [InlineData(ReviewStatus.SelfAssessment, ReviewStatus.Completed)] // skips the manager review
    [InlineData(ReviewStatus.ManagerReview, ReviewStatus.SelfAssessment)] // goes backwards
    [InlineData(ReviewStatus.Completed, ReviewStatus.ManagerReview)] // reopens a completed review
    [InlineData(ReviewStatus.Acknowledged, ReviewStatus.Completed)] // reopens an acknowledged review
    [InlineData(ReviewStatus.ManagerReview, ReviewStatus.Acknowledged)] // acknowledges before completion
    [InlineData(ReviewStatus.Draft, ReviewStatus.Draft)] // no change is no step
    public void Transition_OutOfOrder_ReportsRev001(ReviewStatus from, ReviewStatus to)
    {
        var result = ReviewWorkflow.Transition(from, to, ReviewParty.Admin, Rated);

        var violation = Assert.Single(result.Violations);
        Assert.Equal(ReviewRuleCodes.TransitionOutOfOrder, violation.Code);
        Assert.Equal(new[] { from.ToString(), to.ToString() }, violation.Arguments);
    }

    [Theory]
    [InlineData(ReviewStatus.Draft, ReviewStatus.SelfAssessment, ReviewParty.Reviewee)] // the reviewee cannot open their own review
    [InlineData(ReviewStatus.Draft, ReviewStatus.SelfAssessment, ReviewParty.Other)] // a stranger cannot open it
    [InlineData(ReviewStatus.SelfAssessment, ReviewStatus.ManagerReview, ReviewParty.Reviewer)] // only the reviewee submits the self assessment
    [InlineData(ReviewStatus.SelfAssessment, ReviewStatus.ManagerReview, ReviewParty.Admin)] // not even an admin submits it
    [InlineData(ReviewStatus.ManagerReview, ReviewStatus.Completed, ReviewParty.Reviewee)] // the reviewee cannot complete their own review
    [InlineData(ReviewStatus.ManagerReview, ReviewStatus.Completed, ReviewParty.Admin)] // only the reviewer rates and completes
    [InlineData(ReviewStatus.Completed, ReviewStatus.Acknowledged, ReviewParty.Reviewer)] // only the reviewee acknowledges
    [InlineData(ReviewStatus.Completed, ReviewStatus.Acknowledged, ReviewParty.Admin)] // nor can an admin acknowledge for them
    public void Transition_WrongParty_ReportsRev002(ReviewStatus from, ReviewStatus to, ReviewParty party)
    {
        Assert.Equal(ReviewRuleCodes.WrongParty, Assert.Single(ReviewWorkflow.Transition(from, to, party, Rated).Violations).Code);
    }

    [Fact]
    public void Transition_CompleteWithoutRatings_ReportsRev006()
    {
        var result = ReviewWorkflow.Transition(ReviewStatus.ManagerReview, ReviewStatus.Completed, ReviewParty.Reviewer, ReviewRatings.None);

        Assert.Equal(ReviewRuleCodes.RatingsRequired, Assert.Single(result.Violations).Code);
    }

    [Theory]
    [InlineData(ReviewStatus.SelfAssessment, ReviewParty.Reviewee, ReviewField.SelfAssessment)] // reviewee writes the self assessment
    [InlineData(ReviewStatus.SelfAssessment, ReviewParty.Reviewee, ReviewField.EmployeeComments)] // and their comments
    [InlineData(ReviewStatus.ManagerReview, ReviewParty.Reviewer, ReviewField.TeamworkRating)] // reviewer rates
    [InlineData(ReviewStatus.ManagerReview, ReviewParty.Reviewer, ReviewField.AttitudeRating)] // reviewer rates
    [InlineData(ReviewStatus.ManagerReview, ReviewParty.Reviewer, ReviewField.Strengths)] // reviewer writes strengths
    [InlineData(ReviewStatus.ManagerReview, ReviewParty.Reviewer, ReviewField.ActionPlan)] // and the action plan
    [InlineData(ReviewStatus.Draft, ReviewParty.Admin, ReviewField.QuantitativeWeight)] // admin sets the weight before the review opens
    public void CheckWrite_OwnColumnAtOwnStep_IsAllowed(ReviewStatus status, ReviewParty party, ReviewField field)
    {
        Assert.Empty(ReviewWorkflow.CheckWrite(status, party, field));
    }

    [Theory]
    [InlineData(ReviewStatus.ManagerReview, ReviewParty.Reviewee, ReviewField.TeamworkRating)] // a reviewee cannot rate themselves
    [InlineData(ReviewStatus.ManagerReview, ReviewParty.Admin, ReviewField.Improvements)] // only the reviewer writes improvements
    [InlineData(ReviewStatus.SelfAssessment, ReviewParty.Reviewer, ReviewField.SelfAssessment)] // only the reviewee writes the self assessment
    [InlineData(ReviewStatus.Draft, ReviewParty.Reviewee, ReviewField.QuantitativeWeight)] // a reviewee cannot change their weighting
    public void CheckWrite_AnotherPartysColumn_ReportsRev002(ReviewStatus status, ReviewParty party, ReviewField field)
    {
        Assert.Equal(ReviewRuleCodes.WrongParty, Assert.Single(ReviewWorkflow.CheckWrite(status, party, field)).Code);
    }

    [Theory]
    [InlineData(ReviewStatus.Completed, ReviewParty.Reviewer, ReviewField.GrowthRating)] // ratings freeze on completion
    [InlineData(ReviewStatus.Completed, ReviewParty.Reviewee, ReviewField.EmployeeComments)] // so do comments
    [InlineData(ReviewStatus.Acknowledged, ReviewParty.Admin, ReviewField.ActionPlan)] // acknowledged is read-only too
    public void CheckWrite_CompletedOrAcknowledged_ReportsRev003(ReviewStatus status, ReviewParty party, ReviewField field)
    {
        Assert.Equal(ReviewRuleCodes.ReviewReadOnly, Assert.Single(ReviewWorkflow.CheckWrite(status, party, field)).Code);
    }

    [Theory]
    [InlineData(ReviewStatus.Draft, ReviewParty.Reviewer, ReviewField.TeamworkRating)] // rating before the self assessment
    [InlineData(ReviewStatus.ManagerReview, ReviewParty.Reviewee, ReviewField.SelfAssessment)] // self assessment after submitting it
    public void CheckWrite_ColumnAtAnotherStep_ReportsRev007(ReviewStatus status, ReviewParty party, ReviewField field)
    {
        Assert.Equal(ReviewRuleCodes.FieldNotEditableInStatus, Assert.Single(ReviewWorkflow.CheckWrite(status, party, field)).Code);
    }

    [Theory]
    [InlineData(ReviewStatus.ManagerReview, true)] // the quantitative score is frozen on entering manager review
    [InlineData(ReviewStatus.SelfAssessment, false)] // not earlier
    [InlineData(ReviewStatus.Completed, false)] // nor later
    public void SnapshotsQuantitativeScore_Status_OnlyOnEnteringManagerReview(ReviewStatus to, bool expected)
    {
        Assert.Equal(expected, ReviewWorkflow.SnapshotsQuantitativeScore(to));
    }

    [Theory]
    [InlineData(ReviewStatus.Completed, 0)] // active
    [InlineData(ReviewStatus.Acknowledged, 1)] // inactive
    public void StateCodeOf_Status_MatchesContract(ReviewStatus status, int state)
    {
        Assert.Equal(state, ReviewWorkflow.StateCodeOf(status));
    }
}
