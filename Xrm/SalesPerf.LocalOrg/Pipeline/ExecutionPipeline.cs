using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg.Faults;
using SalesPerf.LocalOrg.Messages;
using SalesPerf.LocalOrg.Store;

namespace SalesPerf.LocalOrg.Pipeline;

/// <summary>
/// Runs one request through the event pipeline (section 1):
/// stage 10 (outside the transaction for a request that opens it) → transaction begins → stage 10 (nested
/// requests) → stage 20 → main operation (stage 30; a custom API's plug-in) → stage 40 synchronous →
/// asynchronous steps queued → commit. Any exception rolls the whole transaction back.
/// </summary>
internal sealed class ExecutionPipeline
{
    public const int MaxDepth = 8;

    private readonly MessageHandlers _handlers;

    public ExecutionPipeline(OrganizationState org, StepRegistry steps, MessageHandlers handlers, StepLog log, ServiceCallCounter counter)
    {
        Org = org;
        Steps = steps;
        _handlers = handlers;
        Log = log;
        Counter = counter;
        Transactions = new Transactions(org.Store);
    }

    public OrganizationState Org { get; }
    public StepRegistry Steps { get; }
    public StepLog Log { get; }
    public ServiceCallCounter Counter { get; }
    public Transactions Transactions { get; }
    public Guid SystemUserId => Org.Ids.SystemUserId;

    public OrganizationResponse Execute(OrganizationRequest request, ExecutionOrigin origin)
    {
        if (origin.Depth > MaxDepth)
        {
            // Loop detection (section 1.3): the platform's error name; its numeric code is not verified.
            throw OrganizationFaults.Create(
                ErrorCodes.SdkCorrelationTokenDepthTooHigh,
                "This workflow job was canceled because the workflow that started it included an infinite loop. Correct the workflow logic and try again. For information about workflow logic, see Help.");
        }

        if (!origin.IsPlatformInternal)
        {
            // A caller with no security role, directly or through a team, is refused everything (section 10).
            _ = Org.Access.For(origin.UserId);
        }

        var handler = _handlers.Resolve(request.RequestName);
        if (!origin.IsPlatformInternal && StatusUpdateSplit.Split(request) is var (ordinary, status))
        {
            return ExecuteBoth(handler, ordinary, status, origin);
        }

        return new MessageRun(this, handler, request, origin).Execute();
    }

    /// <summary>Section 1.8: an Update carrying ordinary and state columns runs the Update pipeline twice, in one transaction.</summary>
    private OrganizationResponse ExecuteBoth(MessageHandler handler, OrganizationRequest ordinary, OrganizationRequest status, ExecutionOrigin origin)
    {
        var owns = !Transactions.IsOpen;
        if (owns)
        {
            Transactions.Begin();
        }

        try
        {
            new MessageRun(this, handler, ordinary, origin).Execute();
            var response = new MessageRun(this, handler, status, origin).Execute();
            if (owns)
            {
                Transactions.Commit();
            }

            return response;
        }
        catch
        {
            if (owns)
            {
                Transactions.Rollback();
            }

            throw;
        }
    }

    /// <summary>Runs queued asynchronous steps, each in its own transaction, until none is left.</summary>
    public int DrainAsync()
    {
        var count = 0;
        while (Transactions.TryDequeue(out var job))
        {
            count++;
            Transactions.Begin();
            try
            {
                StepRunner.Run(this, job.Step, job.Context);
                Transactions.Commit();
            }
#pragma warning disable CA1031 // An asynchronous failure is recorded in the step log and never reaches the request that queued it.
            catch (Exception)
#pragma warning restore CA1031
            {
                Transactions.Rollback();
            }
        }

        return count;
    }
}
