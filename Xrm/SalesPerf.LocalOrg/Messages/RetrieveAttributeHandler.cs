using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using SalesPerf.LocalOrg.Faults;
using SalesPerf.LocalOrg.Metadata;

namespace SalesPerf.LocalOrg.Messages;

/// <summary>
/// RetrieveAttribute: EntityLogicalName and LogicalName → AttributeMetadata (the typed subclass). An unknown table
/// faults as <see cref="RetrieveEntityHandler"/> does; an unknown column with <see cref="OrganizationFaults.UnknownColumn"/>
/// (the code and wording of a query naming an unknown column: NOT VERIFIED for RetrieveAttribute). Looking a column up
/// by MetadataId is not supported. No privilege is checked.
/// </summary>
internal sealed class RetrieveAttributeHandler : MessageHandler
{
    public const string MessageName = "RetrieveAttribute";

    public override string RequestName => MessageName;

    public override MessageDescription Describe(ParameterCollection input) => new(MessageName, "none", Guid.Empty, null);

    public override void Execute(MessageOperation operation)
    {
        var tableName = operation.Input.TryGetValue("EntityLogicalName", out var t) ? t as string : null;
        var columnName = operation.Input.TryGetValue("LogicalName", out var c) ? c as string : null;
        if (string.IsNullOrEmpty(tableName) || string.IsNullOrEmpty(columnName))
        {
            if (operation.Input.TryGetValue("MetadataId", out var id) && id is Guid guid && guid != Guid.Empty)
            {
                throw new NotSupportedException("RetrieveAttribute by MetadataId is not supported by the local organisation.");
            }

            throw OrganizationFaults.InvalidArgument("RetrieveAttribute: EntityLogicalName and LogicalName must be given.");
        }

        var table = operation.Org.Metadata.Table(tableName);
        var column = operation.Org.Metadata.Column(table, columnName!);
        operation.Output["AttributeMetadata"] = MetadataAnswers.Attribute(table, column);
    }

    public override OrganizationResponse CreateResponse() => new RetrieveAttributeResponse();
}
