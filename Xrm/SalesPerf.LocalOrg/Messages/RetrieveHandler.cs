using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.SolutionModel.Roles;

namespace SalesPerf.LocalOrg.Messages;

/// <summary>Retrieve: Target, ColumnSet → BusinessEntity (the response's Entity). Related-entity queries are not supported.</summary>
internal sealed class RetrieveHandler : MessageHandler
{
    public override string RequestName => "Retrieve";

    public override MessageDescription Describe(ParameterCollection input)
    {
        var target = Parameters.RowReference(input, "Target");
        return new MessageDescription("Retrieve", target.LogicalName?.ToLowerInvariant() ?? string.Empty, target.Id, null);
    }

    public override void Execute(MessageOperation operation)
    {
        var target = Parameters.RowReference(operation.Input, "Target");
        if (operation.Input.TryGetValue("RelatedEntitiesQuery", out var related) && related is RelationshipQueryCollection { Count: > 0 })
        {
            throw new System.NotSupportedException("Retrieve with RelatedEntitiesQuery is not supported by the local organisation.");
        }

        var columns = operation.Input.TryGetValue("ColumnSet", out var value) && value is ColumnSet set
            ? set
            : throw Faults.OrganizationFaults.Create(Faults.ErrorCodes.RequiredFieldMissing, "Required parameter 'ColumnSet' is missing.");
        operation.Demand(PrivilegeVerb.Read, target.LogicalName, target.Id);
        operation.Output["BusinessEntity"] = operation.Org.Reader.Retrieve(target.LogicalName, target.Id, columns);
    }

    public override OrganizationResponse CreateResponse() => new RetrieveResponse();

    public override string ResponseKey(string outputParameter) => outputParameter == "BusinessEntity" ? "Entity" : outputParameter;
}
