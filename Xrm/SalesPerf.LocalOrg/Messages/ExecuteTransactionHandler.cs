using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace SalesPerf.LocalOrg.Messages;

/// <summary>
/// ExecuteTransaction: Requests run in order inside this request's one transaction (section 1.2), so any fault
/// rolls back every request. The inner fault reaches the caller as it is (the platform wraps it in an
/// ExecuteTransactionFault carrying the failed index, a type the SDK stand-in does not have). Not for plug-ins.
/// </summary>
internal sealed class ExecuteTransactionHandler : MessageHandler
{
    public override string RequestName => "ExecuteTransaction";

    public override MessageDescription Describe(ParameterCollection input)
    {
        Parameters.Required<OrganizationRequestCollection>(input, "Requests");
        return new MessageDescription("ExecuteTransaction", "none", Guid.Empty, null);
    }

    public override void Execute(MessageOperation operation)
    {
        if (operation.Origin.Parent is not null)
        {
            // Section 4: batch requests must not be used inside plug-ins (solution checker il-avoid-batch-plugin).
            throw new NotSupportedException("ExecuteTransaction inside a plug-in is not supported (il-avoid-batch-plugin).");
        }

        var requests = Parameters.Required<OrganizationRequestCollection>(operation.Input, "Requests");
        var responses = new OrganizationResponseCollection();
        foreach (var request in requests)
        {
            responses.Add(operation.ExecuteInternal(request));
        }

        if (operation.Input.TryGetValue("ReturnResponses", out var value) && value is true)
        {
            operation.Output["Responses"] = responses;
        }
    }

    public override OrganizationResponse CreateResponse() => new ExecuteTransactionResponse();
}
