using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using SalesPerf.LocalOrg.Store;
using SalesPerf.SolutionModel.Roles;

namespace SalesPerf.LocalOrg.Messages;

/// <summary>Create: Target (Entity) → id. The Target carries its new id from stage 20 on (DynamicsValue#216).</summary>
internal sealed class CreateHandler : MessageHandler
{
    /// <summary>The shared variable published contexts of every Create carry once the defaults are in Target.</summary>
    public const string DefaultsAddedFlag = "DefaultsAddedFlag";

    public override string RequestName => "Create";

    public override MessageDescription Describe(ParameterCollection input)
    {
        var target = Parameters.Required<Entity>(input, "Target");
        return new MessageDescription("Create", target.LogicalName?.ToLowerInvariant() ?? string.Empty, target.Id, new EntityReference(target.LogicalName, target.Id));
    }

    /// <summary>
    /// Before stage 10 the platform writes into Target the metadata default of every column the caller left out
    /// (Boolean always, Choice when declared; <see cref="ColumnDefaults"/>) and sets SharedVariables
    /// ["DefaultsAddedFlag"] = true for the operation (README "Column defaults on Create"). An unknown table is left to
    /// the main path's fault.
    /// </summary>
    public override IReadOnlyDictionary<string, object> BeforeFirstStage(MessageOperation operation)
    {
        var target = Parameters.Required<Entity>(operation.Input, "Target");
        if (operation.Org.Metadata.TryTable(target.LogicalName, out var table))
        {
            ColumnDefaults.AddPlatformDefaults(table, target);
        }

        return new Dictionary<string, object> { [DefaultsAddedFlag] = true };
    }

    public override void Prepare(MessageOperation operation)
    {
        var target = Parameters.Required<Entity>(operation.Input, "Target");
        target.Id = operation.Org.Writer.ResolveNewId(target);
        operation.PrimaryEntityId = target.Id;
    }

    public override void Execute(MessageOperation operation)
    {
        var target = Parameters.Required<Entity>(operation.Input, "Target");
        operation.Demand(PrivilegeVerb.Create, NewRowOwnership(operation, target));
        var result = operation.Org.Writer.Create(target, operation.UserId);
        operation.PrimaryEntityId = result.Stored.Id;
        operation.ShowInTarget(result.PlatformColumns);
        operation.Output["id"] = result.Stored.Id;
        if (result.Stored.LogicalName == "businessunit" && result.Stored.GetAttributeValue<EntityReference>("parentbusinessunitid") is { } parent)
        {
            // The platform gives every new business unit its own copy of each security role.
            operation.Org.Roles.CopyInto(result.Stored.Id, parent.Id);
        }
    }

    public override OrganizationResponse CreateResponse() => new CreateResponse();

    /// <summary>
    /// The owner the new row will have (the Target's ownerid, else the caller) and its business unit, as the store
    /// will fill them: what the Create privilege's depth is checked against, before anything is written.
    /// </summary>
    private static Entity NewRowOwnership(MessageOperation operation, Entity target)
    {
        var owner = target.GetAttributeValue<EntityReference>("ownerid") ?? new EntityReference("systemuser", operation.UserId);
        var unit = target.GetAttributeValue<EntityReference>("owningbusinessunit")?.Id ?? operation.Org.BusinessUnitOf(owner.LogicalName, owner.Id);
        return new Entity(target.LogicalName, target.Id)
        {
            ["ownerid"] = owner,
            ["owningbusinessunit"] = new EntityReference("businessunit", unit),
        };
    }
}
