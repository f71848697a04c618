using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg.Faults;
using SalesPerf.LocalOrg.Registration;

namespace SalesPerf.LocalOrg.Messages;

/// <summary>
/// AddSolutionComponent: ComponentId, ComponentType, SolutionUniqueName, AddRequiredComponents. Adds a solutioncomponent
/// row to an unmanaged solution (its documentation: "adds a solution component to an unmanaged solution"); a component
/// already in the solution is not added twice. An unknown or managed solution faults; the platform's exact wording
/// for either is NOT VERIFIED. The response's <c>id</c> is the solutioncomponent row.
/// </summary>
internal sealed class AddSolutionComponentHandler : MessageHandler
{
    public const string MessageName = "AddSolutionComponent";

    public override string RequestName => MessageName;

    public override MessageDescription Describe(ParameterCollection input) =>
        new(MessageName, "none", Guid.Empty, null);

    public override void Execute(MessageOperation operation)
    {
        var componentId = Parameters.Required<Guid>(operation.Input, "ComponentId");
        var componentType = Parameters.Required<int>(operation.Input, "ComponentType");
        var uniqueName = Parameters.Required<string>(operation.Input, "SolutionUniqueName");
        var store = operation.Org.Store;
        var solution = store.Rows(RegistrationTableNames.Solution)
            .FirstOrDefault(s => string.Equals(s.GetAttributeValue<string>("uniquename"), uniqueName, StringComparison.OrdinalIgnoreCase))
            ?? throw OrganizationFaults.Create(ErrorCodes.ObjectDoesNotExist, $"The solution '{uniqueName}' does not exist.");
        if (solution.GetAttributeValue<bool>("ismanaged"))
        {
            throw OrganizationFaults.InvalidArgument($"The solution '{uniqueName}' is managed: components can only be added to an unmanaged solution.");
        }

        var existing = store.Rows(RegistrationTableNames.SolutionComponent).FirstOrDefault(c =>
            c.GetAttributeValue<EntityReference>("solutionid")?.Id == solution.Id
            && c.GetAttributeValue<Guid>("objectid") == componentId
            && c.GetAttributeValue<OptionSetValue>("componenttype")?.Value == componentType);
        var id = existing?.Id ?? Guid.NewGuid();
        if (existing is null)
        {
            operation.Org.Writer.InsertSeed(new Entity(RegistrationTableNames.SolutionComponent, id)
            {
                ["solutionid"] = new EntityReference(RegistrationTableNames.Solution, solution.Id),
                ["objectid"] = componentId,
                ["componenttype"] = new OptionSetValue(componentType),
            });
        }

        operation.Output["id"] = id;
    }
}
