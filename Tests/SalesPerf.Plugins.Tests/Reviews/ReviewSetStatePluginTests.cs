using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Reviews;
using SalesPerf.Plugins.Tests.Doubles;
using static SalesPerf.Plugins.Tests.Reviews.ReviewRows;

namespace SalesPerf.Plugins.Tests.Reviews;

public sealed class ReviewSetStatePluginTests
{
    [Theory]
    [InlineData(MessageNames.SetState)] // the request older clients send
    [InlineData(MessageNames.SetStateDynamicEntity)] // the message the platform may raise for it
    public void SetState_RevieweeAcknowledgesCompletedReview_Passes(string message)
    {
        var call = SetState(message, Rated(Stored(Completed, 106m), 4, 4, 5, 3), 1, Acknowledged, Alice);

        call.Execute(new ReviewSetStatePlugin());

        Assert.Empty(call.Services.Calls);
    }

    [Fact]
    public void SetState_AcknowledgeWithDefaultStatus_Passes()
    {
        var call = SetState(MessageNames.SetState, Rated(Stored(Completed, 106m), 4, 4, 5, 3), 1, -1, Alice);

        call.Execute(new ReviewSetStatePlugin());

        Assert.Empty(call.Services.Calls);
    }

    [Fact]
    public void SetState_ReviewerAcknowledges_RejectedWrongParty()
    {
        var call = SetState(MessageNames.SetState, Rated(Stored(Completed, 106m), 4, 4, 5, 3), 1, Acknowledged, Nancy);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => call.Execute(new ReviewSetStatePlugin()));

        Assert.StartsWith(
            "[SPM-REV-002] Review 'Alice Wang – FY2026 Q1': only the reviewee may do 'Completed → Acknowledged', and you are the reviewer.",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void SetStateDynamicEntity_AcknowledgeADraft_RejectedOutOfOrder()
    {
        var call = SetState(MessageNames.SetStateDynamicEntity, Stored(Draft), 1, Acknowledged, Alice);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => call.Execute(new ReviewSetStatePlugin()));

        Assert.StartsWith("[SPM-REV-001] Review 'Alice Wang – FY2026 Q1': it cannot move from 'Draft' to 'Acknowledged'.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SetState_ReopenAcknowledged_RejectedOutOfOrder()
    {
        var call = SetState(MessageNames.SetState, Rated(Stored(Acknowledged, 106m), 4, 4, 5, 3), 0, -1, Nancy);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => call.Execute(new ReviewSetStatePlugin()));

        Assert.StartsWith("[SPM-REV-001] Review 'Alice Wang – FY2026 Q1': it cannot move from 'Acknowledged' to 'Draft'.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SetState_ReviewerOpensDraft_Passes()
    {
        var call = SetState(MessageNames.SetState, Stored(Draft), 0, SelfAssessment, Nancy);

        call.Execute(new ReviewSetStatePlugin());

        Assert.Empty(call.Services.Calls);
    }

    private static StepContextBuilder SetState(string message, Entity stored, int state, int status, Guid caller)
    {
        var call = StepContextBuilder.For<ReviewSetStatePlugin>(message).WithStoredRow(stored);
        call.Context.PrimaryEntityId = stored.Id;
        call.Context.InputParameters["EntityMoniker"] = stored.ToEntityReference();
        call.Context.InputParameters["State"] = new OptionSetValue(state);
        call.Context.InputParameters["Status"] = new OptionSetValue(status);
        call.Context.InitiatingUserId = caller;
        call.Context.UserId = caller;
        return call;
    }
}
