using System;
using System.Collections.Generic;
using SalesPerf.Domain.Commission;
using SalesPerf.Domain.Common;
using SalesPerf.Plugins.Commission.DataAccess;
using SalesPerf.Plugins.Commission.Rows;
using SalesPerf.Plugins.Infrastructure;

namespace SalesPerf.Plugins.Commission;

/// <summary>
/// What one event reads once however many statements it touches (owner and split users usually share a plan): the
/// plans with their tiers, the transaction's credit per basis, the statement owners' languages. Lives for one event.
/// </summary>
internal sealed class EventReads(LocalPluginContext context, string sourceId, bool creditsNobody)
{
    private readonly Dictionary<Guid, Validated<CommissionPlan>> plans = new();
    private readonly Dictionary<CommissionBasis, IReadOnlyList<UserCredit>> credits = new();

    public string SourceId { get; } = sourceId;

    /// <summary>The transaction credits nobody now (reopened, lost, cancelled; or being deleted while its row still exists).</summary>
    public bool CreditsNobody { get; } = creditsNobody;

    public Validated<CommissionPlan> Plan(Guid planId)
    {
        if (!plans.TryGetValue(planId, out var plan))
        {
            var reader = new PlanReader(context.SystemService);
            plan = PlanMapping.Create(reader.Plan(planId), reader.Tiers(planId));
            plans[planId] = plan;
        }

        return plan;
    }

    /// <summary>The transaction's credit for every user it is credited to now (one query per basis; none when it credits nobody).</summary>
    public IReadOnlyList<UserCredit> Credits(CommissionBasis basis)
    {
        if (CreditsNobody || !Guid.TryParse(SourceId, out var id))
        {
            return Array.Empty<UserCredit>();
        }

        if (!credits.TryGetValue(basis, out var read))
        {
            read = new TransactionCreditReader(context.SystemService).Read(basis, id);
            credits[basis] = read;
        }

        return read;
    }
}
