using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg.Faults;
using SalesPerf.SolutionModel.Roles;

namespace SalesPerf.LocalOrg.Messages;

/// <summary>
/// SetState and SetStateDynamicEntity: EntityMoniker, State, Status (−1: the state's default status). Steps on
/// either message run (section 8.4, XrmMockup#155); the change itself is a platform-internal Update of
/// statecode/statuscode (section 1.8). Closing states are refused (<see cref="CloseOnlyStates"/>: Win, Lose,
/// FulfillSalesOrder, CancelSalesOrder set them). Reopening an opportunity (State 0) changes its state and status and
/// cancels its earlier opportunityclose rows (<see cref="OpportunityReopen"/>); actualvalue and actualclosedate stay as
/// they were (the platform's exact behaviour is not documented there).
/// </summary>
internal sealed class SetStateHandler : MessageHandler
{
    private readonly string _requestName;

    public SetStateHandler(string requestName) => _requestName = requestName;

    public override string RequestName => _requestName;

    public override MessageDescription Describe(ParameterCollection input)
    {
        var moniker = Parameters.RowReference(input, "EntityMoniker");
        var table = moniker.LogicalName?.ToLowerInvariant() ?? string.Empty;
        return new MessageDescription(_requestName, table, moniker.Id, new EntityReference(table, moniker.Id))
        {
            StepMessages = ["SetState", "SetStateDynamicEntity"],
        };
    }

    public override void Execute(MessageOperation operation)
    {
        var moniker = Parameters.RowReference(operation.Input, "EntityMoniker");
        var state = Parameters.Required<OptionSetValue>(operation.Input, "State");
        var status = Parameters.Required<OptionSetValue>(operation.Input, "Status");
        var table = operation.Org.Metadata.Table(moniker.LogicalName);
        if (!operation.Org.Store.Exists(table.LogicalName, moniker.Id))
        {
            throw OrganizationFaults.DoesNotExist(table.LogicalName, moniker.Id);
        }

        operation.Demand(PrivilegeVerb.Write, table.LogicalName, moniker.Id);
        CloseOnlyStates.Refuse(operation, table.LogicalName, state.Value);
        var statusValue = status.Value == -1 ? operation.Org.Writer.DefaultStatus(table, state.Value) : status.Value;
        var update = new Entity(table.LogicalName, moniker.Id)
        {
            ["statecode"] = new OptionSetValue(state.Value),
            ["statuscode"] = new OptionSetValue(statusValue),
        };
        operation.ExecuteInternal(new OrganizationRequest("Update") { ["Target"] = update });
    }
}
