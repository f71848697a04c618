using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Reviews;
using SalesPerf.Plugins.Tests.Doubles;
using static SalesPerf.Plugins.Tests.Reviews.ReviewRows;

namespace SalesPerf.Plugins.Tests.Reviews;

public sealed class ReviewAssignPluginTests
{
    [Fact]
    public void Assign_ReviewerHandsADraftToAnotherReviewee_Passes()
    {
        var call = Assign(Stored(Draft), Oscar, Nancy);

        call.Execute(new ReviewAssignPlugin());

        Assert.Empty(call.Services.Calls);
    }

    [Fact]
    public void Assign_AfterDraft_RejectedNotEditable()
    {
        var call = Assign(Stored(ManagerReview, 106m), Oscar, Nancy);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => call.Execute(new ReviewAssignPlugin()));

        Assert.StartsWith("[SPM-REV-007] Review 'Alice Wang – FY2026 Q1': the column 'ownerid' cannot be changed while the review is Manager review.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assign_CompletedReview_RejectedReadOnly()
    {
        var call = Assign(Stored(Completed, 106m), Oscar, Nancy);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => call.Execute(new ReviewAssignPlugin()));

        Assert.StartsWith("[SPM-REV-003] ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assign_ToTheSameOwner_NoChange()
    {
        var call = Assign(Stored(Completed, 106m), Alice, Nancy);

        call.Execute(new ReviewAssignPlugin());

        Assert.Empty(call.Services.Calls);
    }

    private static StepContextBuilder Assign(Entity stored, Guid assignee, Guid caller)
    {
        var call = StepContextBuilder.For<ReviewAssignPlugin>(MessageNames.Assign).WithStoredRow(stored);
        call.Context.PrimaryEntityId = stored.Id;
        call.Context.InputParameters["Target"] = stored.ToEntityReference();
        call.Context.InputParameters["Assignee"] = new EntityReference("systemuser", assignee);
        call.Context.InitiatingUserId = caller;
        call.Context.UserId = caller;
        return call;
    }
}
