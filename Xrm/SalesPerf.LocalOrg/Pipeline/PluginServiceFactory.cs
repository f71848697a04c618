using System;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.LocalOrg.Pipeline;

/// <summary>Hands a plug-in services that run as the given user (null: SYSTEM) and whose calls are counted and nested.</summary>
internal sealed class PluginServiceFactory : IOrganizationServiceFactory
{
    private readonly ExecutionPipeline _pipeline;
    private readonly PluginExecutionContext _context;

    public PluginServiceFactory(ExecutionPipeline pipeline, PluginExecutionContext context)
    {
        _pipeline = pipeline;
        _context = context;
    }

    public IOrganizationService CreateOrganizationService(Guid? userId) =>
        new OrganizationService(_pipeline, userId ?? _pipeline.SystemUserId, _context.InitiatingUserId, _context);
}
