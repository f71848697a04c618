using System;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.LocalOrg.Pipeline;

/// <summary>Resolves what a plug-in asks its service provider for (section 8.4, fake-xrm-easy PR #185).</summary>
internal sealed class PluginServiceProvider : IServiceProvider
{
    private readonly PluginExecutionContext _context;
    private readonly ITracingService _tracing;
    private readonly IOrganizationServiceFactory _factory;

    public PluginServiceProvider(PluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
    {
        _context = context;
        _tracing = tracing;
        _factory = factory;
    }

    public object? GetService(Type serviceType)
    {
        if (serviceType.IsAssignableFrom(typeof(PluginExecutionContext)))
        {
            return _context;
        }

        if (serviceType == typeof(ITracingService))
        {
            return _tracing;
        }

        if (serviceType == typeof(IOrganizationServiceFactory))
        {
            return _factory;
        }

        throw new NotSupportedException($"The local organisation does not provide the plug-in service {serviceType.FullName}.");
    }
}
