using System;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Plugins.Tests.Doubles;

public sealed class FakeServiceProvider(
    IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory) : IServiceProvider
{
    public object? GetService(Type serviceType) =>
        serviceType == typeof(IPluginExecutionContext) || serviceType == typeof(IExecutionContext) ? context
        : serviceType == typeof(ITracingService) ? tracing
        : serviceType == typeof(IOrganizationServiceFactory) ? factory
        : null;
}
