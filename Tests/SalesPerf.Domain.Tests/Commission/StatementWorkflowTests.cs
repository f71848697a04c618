using SalesPerf.Domain.Statements;

namespace SalesPerf.Domain.Tests.Commission;

public class StatementWorkflowTests
{
    [Theory]
    [InlineData(StatementStatus.Open, StatementStatus.Approved, StatementActor.Manager)] // manager approves
    [InlineData(StatementStatus.Open, StatementStatus.Approved, StatementActor.Admin)] // admin may approve too
    [InlineData(StatementStatus.Approved, StatementStatus.Paid, StatementActor.Admin)] // admin pays
    [InlineData(StatementStatus.Open, StatementStatus.Disputed, StatementActor.Rep)] // rep disputes an open statement
    [InlineData(StatementStatus.Approved, StatementStatus.Disputed, StatementActor.Rep)] // rep disputes before payment
    [InlineData(StatementStatus.Disputed, StatementStatus.Open, StatementActor.Manager)] // dispute accepted: recompute
    [InlineData(StatementStatus.Disputed, StatementStatus.Approved, StatementActor.Admin)] // dispute rejected
    public void Transition_AllowedStepByItsRole_Succeeds(StatementStatus from, StatementStatus to, StatementActor actor)
    {
        Assert.Equal(to, StatementWorkflow.Transition(from, to, actor).Value);
    }

    [Theory]
    [InlineData(StatementStatus.Open, StatementStatus.Paid)] // paying skips approval
    [InlineData(StatementStatus.Paid, StatementStatus.Open)] // Paid is final
    [InlineData(StatementStatus.Paid, StatementStatus.Disputed)] // Paid is final
    [InlineData(StatementStatus.Approved, StatementStatus.Open)] // Approved is immutable; dispute it instead
    public void Transition_NoSuchStep_ReportsStm001(StatementStatus from, StatementStatus to)
    {
        Assert.Equal(StatementRuleCodes.TransitionNotAllowed, Assert.Single(StatementWorkflow.Transition(from, to, StatementActor.Admin).Violations).Code);
    }

    [Theory]
    [InlineData(StatementStatus.Open, StatementStatus.Approved, StatementActor.Rep)] // a rep cannot approve their own pay
    [InlineData(StatementStatus.Approved, StatementStatus.Paid, StatementActor.Manager)] // only admin pays
    [InlineData(StatementStatus.Open, StatementStatus.Disputed, StatementActor.Manager)] // only the rep disputes
    [InlineData(StatementStatus.Disputed, StatementStatus.Open, StatementActor.Rep)] // the rep cannot settle their own dispute
    public void Transition_WrongRole_ReportsStm002(StatementStatus from, StatementStatus to, StatementActor actor)
    {
        Assert.Equal(StatementRuleCodes.RoleNotAllowed, Assert.Single(StatementWorkflow.Transition(from, to, actor).Violations).Code);
    }

    [Theory]
    [InlineData(StatementStatus.Open, 0)] // active
    [InlineData(StatementStatus.Approved, 0)] // active
    [InlineData(StatementStatus.Disputed, 0)] // active
    [InlineData(StatementStatus.Paid, 1)] // inactive
    public void StateCodeOf_Status_MatchesContract(StatementStatus status, int state)
    {
        Assert.Equal(state, StatementWorkflow.StateCodeOf(status));
    }
}
