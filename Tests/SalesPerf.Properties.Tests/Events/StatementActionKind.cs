namespace SalesPerf.Properties.Tests.Events;

/// <summary>What someone does to a statement (the allowed status changes: docs/domain-rules.md "Status").</summary>
public enum StatementActionKind
{
    /// <summary>Update of statuscode to Approved.</summary>
    Approve,

    /// <summary>SetState to inactive, Paid.</summary>
    Pay,

    /// <summary>Update of statuscode to Disputed.</summary>
    Dispute,

    /// <summary>Update of statuscode from Disputed back to Open (dispute accepted).</summary>
    Reopen,

    /// <summary>Delete of a statement that is no longer Open (SPM-STM-005).</summary>
    Delete,

    /// <summary>Update of the period of a statement that is no longer Open, to the other quarter (SPM-STM-004).</summary>
    Move,
}
