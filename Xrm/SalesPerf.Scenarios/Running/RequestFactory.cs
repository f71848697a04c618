using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.Scenarios.Model;

namespace SalesPerf.Scenarios.Running;

/// <summary>
/// Maps each operation to the request the platform documents (dataverse-semantics.md section 2): Create, Update,
/// Delete, Assign (Target, Assignee), SetState (EntityMoniker, State, Status), WinOpportunity / LoseOpportunity
/// (OpportunityClose, Status), FulfillSalesOrder / CancelSalesOrder (OrderClose, Status), or the named request.
/// </summary>
internal sealed class RequestFactory
{
    private readonly ValueResolver _resolver;
    private readonly RowLocator _locator;
    private readonly RowKeys _keys;

    public RequestFactory(ValueResolver resolver, RowLocator locator, RowKeys keys)
    {
        _resolver = resolver;
        _locator = locator;
        _keys = keys;
    }

    public PreparedRequest Prepare(ScenarioStep step) => step switch
    {
        CreateStep create => Create(create),
        UpdateStep update => Request("Update", ("Target", _resolver.ToEntity(update.Row.Table, update.Values, _locator.Locate(update.Row).Id))),
        DeleteStep delete => Request("Delete", ("Target", _locator.Locate(delete.Row))),
        AssignStep assign => Request("Assign", ("Target", _locator.Locate(assign.Row)), ("Assignee", _resolver.Reference(assign.To))),
        SetStateStep set => SetState(_locator.Locate(set.Row), set.State, set.Status),
        ReopenStep reopen => SetState(_locator.Locate(reopen.Row), 0, reopen.Status),
        CloseOpportunityStep close => CloseOpportunity(close),
        CloseOrderStep close => CloseOrder(close),
        ExecuteStep execute => Execute(execute),
        _ => throw new NotSupportedException($"{step.Op} is not a request."),
    };

    private PreparedRequest Create(CreateStep create)
    {
        var target = _resolver.ToEntity(create.Table, create.Values, null);
        return new PreparedRequest(
            new OrganizationRequest("Create") { ["Target"] = target },
            response =>
            {
                if (create.Key is string key)
                {
                    _keys.Add(key, create.Table, (Guid)response.Results["id"]);
                }
            });
    }

    private static PreparedRequest SetState(EntityReference row, int state, int status) =>
        Request("SetState", ("EntityMoniker", row), ("State", new OptionSetValue(state)), ("Status", new OptionSetValue(status)));

    private PreparedRequest CloseOpportunity(CloseOpportunityStep close)
    {
        var activity = new Entity("opportunityclose") { ["opportunityid"] = _locator.Locate(close.Row) };
        if (close.ActualRevenue is decimal revenue)
        {
            activity["actualrevenue"] = new Money(revenue);
        }

        if (close.CloseDate is DateTime date)
        {
            activity["actualend"] = date;
        }

        return Request(close.Won ? "WinOpportunity" : "LoseOpportunity", ("OpportunityClose", activity), ("Status", new OptionSetValue(close.Status)));
    }

    private PreparedRequest CloseOrder(CloseOrderStep close)
    {
        var activity = new Entity("orderclose") { ["salesorderid"] = _locator.Locate(close.Row) };
        if (close.Date is DateTime date)
        {
            activity["actualend"] = date;
        }

        return Request(close.Fulfilled ? "FulfillSalesOrder" : "CancelSalesOrder", ("OrderClose", activity), ("Status", new OptionSetValue(close.Status)));
    }

    private PreparedRequest Execute(ExecuteStep execute)
    {
        var request = new OrganizationRequest(execute.Request);
        foreach (var (name, value) in execute.Parameters)
        {
            request[name] = _resolver.Resolve(value);
        }

        return new PreparedRequest(request);
    }

    private static PreparedRequest Request(string name, params (string Name, object Value)[] parameters)
    {
        var request = new OrganizationRequest(name);
        foreach (var (parameter, value) in parameters)
        {
            request[parameter] = value;
        }

        return new PreparedRequest(request);
    }
}
