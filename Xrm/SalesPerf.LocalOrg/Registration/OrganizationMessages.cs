using System.Collections.Generic;
using System.Linq;
using SalesPerf.LocalOrg.Messages;
using SalesPerf.Plugins.Registration;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.LocalOrg.Registration;

/// <summary>
/// The SDK messages the local organisation handles, each with the tables it applies to (its sdkmessagefilter rows):
/// the data operations on every table, Assign on user-owned tables, SetState on tables with a state, Win and Lose on
/// opportunity only, FulfillSalesOrder and CancelSalesOrder on salesorder only, QualifyLead on lead only; custom APIs on their bound table
/// (an unbound API has no filter, like Associate and Disassociate, whose steps name no table).
/// </summary>
internal static class OrganizationMessages
{
    public static IReadOnlyList<SdkMessageDefinition> For(
        IEnumerable<TableDefinition> tables, IEnumerable<CustomApiRegistration> customApis)
    {
        var all = tables.ToList();
        var every = all.Select(t => t.LogicalName).ToList();
        var userOwned = all.Where(t => t.Ownership == OwnershipType.UserOwned).Select(t => t.LogicalName).ToList();
        var withState = all.Where(t => t.HasColumn("statecode")).Select(t => t.LogicalName).ToList();
        string[] opportunity = every.Contains("opportunity") ? ["opportunity"] : [];
        string[] salesOrder = every.Contains("salesorder") ? ["salesorder"] : [];
        string[] lead = every.Contains("lead") ? ["lead"] : [];

        var messages = new List<SdkMessageDefinition>
        {
            new(MessageNames.Create, every),
            new(MessageNames.Retrieve, every),
            new(MessageNames.RetrieveMultiple, every),
            new(MessageNames.Update, every),
            new(MessageNames.Delete, every),
            new(MessageNames.Associate, []),
            new(MessageNames.Disassociate, []),
            new(MessageNames.Assign, userOwned),
            new(MessageNames.SetState, withState),
            new(MessageNames.SetStateDynamicEntity, withState),
            new(MessageNames.Win, opportunity),
            new(MessageNames.Lose, opportunity),
            new(MessageNames.FulfillSalesOrder, salesOrder),
            new(MessageNames.CancelSalesOrder, salesOrder),
            new(MessageNames.QualifyLead, lead),
            new("ExecuteTransaction", []),
            new(AddSolutionComponentHandler.MessageName, []),
        };
        foreach (var api in customApis)
        {
            IReadOnlyList<string> bound = api.BindingType == CustomApiBindingType.Global ? [] : [api.BoundEntityLogicalName];
            messages.Add(new(api.UniqueName, bound));
        }

        return messages;
    }
}
