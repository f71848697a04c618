using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace SalesPerf.LocalOrg.Pipeline;

/// <summary>
/// IOrganizationService of one caller. Every method goes through Execute, so typed and generic requests behave
/// alike. A service handed to a plug-in nests its requests under the plug-in's context and counts its calls.
/// </summary>
internal sealed class OrganizationService : IOrganizationService
{
    private readonly ExecutionPipeline _pipeline;
    private readonly Guid _userId;
    private readonly Guid _initiatingUserId;
    private readonly PluginExecutionContext? _caller;

    public OrganizationService(ExecutionPipeline pipeline, Guid userId, Guid initiatingUserId, PluginExecutionContext? caller)
    {
        _pipeline = pipeline;
        _userId = userId;
        _initiatingUserId = initiatingUserId;
        _caller = caller;
    }

    public OrganizationResponse Execute(OrganizationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_caller?.PluginTypeName is string plugin)
        {
            _pipeline.Counter.Count(plugin, request);
        }

        var origin = new ExecutionOrigin(
            _userId,
            _initiatingUserId,
            _caller,
            _caller is null ? 1 : _caller.Depth + 1,
            _caller?.CorrelationId ?? Guid.NewGuid());
        var response = _pipeline.Execute(request, origin);
        if (_caller?.PluginTypeName is string reader)
        {
            _pipeline.Counter.CountRows(reader, response);
        }

        return response;
    }

    public Guid Create(Entity entity) => ((CreateResponse)Execute(new CreateRequest { Target = entity })).id;

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) =>
        ((RetrieveResponse)Execute(new RetrieveRequest { Target = new EntityReference(entityName, id), ColumnSet = columnSet })).Entity;

    public void Update(Entity entity) => Execute(new UpdateRequest { Target = entity });

    public void Delete(string entityName, Guid id) => Execute(new DeleteRequest { Target = new EntityReference(entityName, id) });

    public EntityCollection RetrieveMultiple(QueryBase query) =>
        ((RetrieveMultipleResponse)Execute(new RetrieveMultipleRequest { Query = query })).EntityCollection;

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Execute(new AssociateRequest { Target = new EntityReference(entityName, entityId), Relationship = relationship, RelatedEntities = relatedEntities });

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Execute(new DisassociateRequest { Target = new EntityReference(entityName, entityId), Relationship = relationship, RelatedEntities = relatedEntities });
}
