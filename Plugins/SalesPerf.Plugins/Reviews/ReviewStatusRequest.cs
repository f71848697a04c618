using Microsoft.Xrm.Sdk;
using SalesPerf.Domain.Reviews;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Reviews;

/// <summary>The status a write asks for: from an Update's <c>statuscode</c>/<c>statecode</c>, or SetState's State/Status.</summary>
internal static class ReviewStatusRequest
{
    /// <summary>Status of a SetState request; −1 means the state's default status (Draft for Open, Acknowledged for Closed).</summary>
    public static ReviewStatus FromSetState(int state, int status) => status != -1 ? (ReviewStatus)status : DefaultStatus(state);

    /// <summary>
    /// The status an Update's Target asks for, or null when it leaves the status alone: <c>statuscode</c> when sent,
    /// else the default status of a <c>statecode</c> that differs from the stored state.
    /// </summary>
    public static ReviewStatus? FromTarget(Entity target, ReviewStatus stored)
    {
        var status = target.GetAttributeValue<OptionSetValue>(ReviewColumns.StatusCode);
        if (status is not null && status.Value != -1)
        {
            return (ReviewStatus)status.Value;
        }

        var state = target.GetAttributeValue<OptionSetValue>(ReviewColumns.StateCode);
        if (state is null || state.Value == ReviewWorkflow.StateCodeOf(stored))
        {
            return null;
        }

        return DefaultStatus(state.Value);
    }

    private static ReviewStatus DefaultStatus(int state) => state == ReviewColumns.StateClosed ? ReviewStatus.Acknowledged : ReviewStatus.Draft;
}
