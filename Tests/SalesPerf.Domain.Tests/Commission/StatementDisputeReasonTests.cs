using SalesPerf.Domain.Statements;

namespace SalesPerf.Domain.Tests.Commission;

public class StatementDisputeReasonTests
{
    [Theory]
    [InlineData(StatementStatus.Open, true)] // disputed while open, the reason in the same change
    [InlineData(StatementStatus.Approved, true)] // disputed after approval, before payment
    [InlineData(StatementStatus.Approved, false)] // the status half of a split Update: the reason was stored just before
    public void CheckDisputeReason_OwnersDisputeWithAReason_Passes(StatementStatus from, bool written)
    {
        Assert.Empty(StatementWorkflow.CheckDisputeReason(from, StatementStatus.Disputed, written, reasonAfter: true, byOwner: true));
    }

    [Theory]
    [InlineData(false)] // no reason given and none stored (a status-only Update, or SetState)
    [InlineData(true)] // a blank reason
    public void CheckDisputeReason_DisputeWithoutReason_ReportsStm006(bool written)
    {
        var violation = Assert.Single(StatementWorkflow.CheckDisputeReason(StatementStatus.Open, StatementStatus.Disputed, written, reasonAfter: false, byOwner: true));

        Assert.Equal(StatementRuleCodes.DisputeReasonMissing, violation.Code);
    }

    [Theory]
    [InlineData(StatementStatus.Disputed, null, true)] // the owner rewrites the reason after disputing
    [InlineData(StatementStatus.Paid, null, true)] // or after payment
    [InlineData(StatementStatus.Disputed, StatementStatus.Approved, false)] // the manager settles and rewrites the reason
    [InlineData(StatementStatus.Open, null, false)] // someone else writes the owner's reason
    [InlineData(StatementStatus.Open, StatementStatus.Disputed, false)] // someone else "disputes" with a reason
    public void CheckDisputeReason_ReasonNotTheOwnersToWrite_ReportsStm007(StatementStatus from, StatementStatus? to, bool byOwner)
    {
        var violation = Assert.Single(StatementWorkflow.CheckDisputeReason(from, to, reasonWritten: true, reasonAfter: true, byOwner));

        Assert.Equal(StatementRuleCodes.DisputeReasonWithoutDispute, violation.Code);
    }

    [Theory]
    [InlineData(StatementStatus.Open, StatementStatus.Approved)] // ordinary approval
    [InlineData(StatementStatus.Disputed, StatementStatus.Open)] // dispute accepted: the reason stays as given
    [InlineData(StatementStatus.Open, null)] // a rename of an open statement
    public void CheckDisputeReason_NoReasonWrittenNoDispute_Passes(StatementStatus from, StatementStatus? to)
    {
        Assert.Empty(StatementWorkflow.CheckDisputeReason(from, to, reasonWritten: false, reasonAfter: false, byOwner: false));
    }
}
