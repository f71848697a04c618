using System;
using System.Xml.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace SalesPerf.LocalOrg.Messages;

/// <summary>RetrieveMultiple: Query (QueryExpression, QueryByAttribute, FetchExpression) → BusinessEntityCollection, via the query engine.</summary>
internal sealed class RetrieveMultipleHandler : MessageHandler
{
    public override string RequestName => "RetrieveMultiple";

    public override MessageDescription Describe(ParameterCollection input)
    {
        var query = Parameters.Required<QueryBase>(input, "Query");
        return new MessageDescription("RetrieveMultiple", EntityName(query), Guid.Empty, null);
    }

    public override void Execute(MessageOperation operation)
    {
        // A stage-20 step may have replaced the query (section 2, notes).
        var query = Parameters.Required<QueryBase>(operation.Input, "Query");
        operation.Output["BusinessEntityCollection"] = operation.Org.QueriesFor(operation.UserId).Execute(query, operation.UserId);
    }

    public override OrganizationResponse CreateResponse() => new RetrieveMultipleResponse();

    public override string ResponseKey(string outputParameter) =>
        outputParameter == "BusinessEntityCollection" ? "EntityCollection" : outputParameter;

    private static string EntityName(QueryBase query) => query switch
    {
        QueryExpression expression => expression.EntityName?.ToLowerInvariant() ?? string.Empty,
        QueryByAttribute byAttribute => byAttribute.EntityName?.ToLowerInvariant() ?? string.Empty,
        FetchExpression fetch => FetchEntity(fetch.Query),
        _ => throw new NotSupportedException($"Query type {query.GetType().Name} is not supported by the local organisation."),
    };

    private static string FetchEntity(string fetchXml)
    {
        try
        {
            return XDocument.Parse(fetchXml).Root?.Element("entity")?.Attribute("name")?.Value?.ToLowerInvariant() ?? string.Empty;
        }
        catch (System.Xml.XmlException)
        {
            // The query engine reports malformed FetchXML with the platform's fault.
            return string.Empty;
        }
    }
}
