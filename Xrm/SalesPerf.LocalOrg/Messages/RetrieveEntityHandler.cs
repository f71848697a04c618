using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Metadata;
using SalesPerf.LocalOrg.Faults;
using SalesPerf.LocalOrg.Metadata;

namespace SalesPerf.LocalOrg.Messages;

/// <summary>
/// RetrieveEntity: LogicalName (or MetadataId), EntityFilters → EntityMetadata; the columns only when the filter holds
/// <see cref="EntityFilters.Attributes"/>. An unknown table faults with the metadata cache's "not found" fault
/// (<see cref="OrganizationFaults.UnknownTable"/>: that code and wording are published for a query naming an unknown
/// table; that RetrieveEntity answers the same is NOT VERIFIED). No privilege is checked: every user reads metadata.
/// </summary>
internal sealed class RetrieveEntityHandler : MessageHandler
{
    public const string MessageName = "RetrieveEntity";

    public override string RequestName => MessageName;

    public override MessageDescription Describe(ParameterCollection input) => new(MessageName, "none", Guid.Empty, null);

    public override void Execute(MessageOperation operation)
    {
        var name = operation.Input.TryGetValue("LogicalName", out var value) ? value as string : null;
        var metadataId = operation.Input.TryGetValue("MetadataId", out var id) && id is Guid guid ? guid : Guid.Empty;
        if (string.IsNullOrEmpty(name) && metadataId == Guid.Empty)
        {
            throw OrganizationFaults.InvalidArgument("RetrieveEntity: either LogicalName or MetadataId must be given.");
        }

        var filters = operation.Input.TryGetValue("EntityFilters", out var f) && f is EntityFilters given ? given : EntityFilters.Default;
        var table = string.IsNullOrEmpty(name) ? ById(operation, metadataId) : operation.Org.Metadata.Table(name);
        operation.Output["EntityMetadata"] = MetadataAnswers.Entity(table, filters.HasFlag(EntityFilters.Attributes));
    }

    public override OrganizationResponse CreateResponse() => new RetrieveEntityResponse();

    private static SalesPerf.SolutionModel.Tables.TableDefinition ById(MessageOperation operation, Guid metadataId)
    {
        foreach (var table in operation.Org.Metadata.Tables)
        {
            if (MetadataAnswers.Entity(table, withAttributes: false).MetadataId == metadataId)
            {
                return table;
            }
        }

        throw OrganizationFaults.UnknownTable(metadataId.ToString("D"));
    }
}
