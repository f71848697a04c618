using System;

namespace Microsoft.Xrm.Sdk;

public interface IPluginExecutionContext6 : IPluginExecutionContext5
{
    string EnvironmentId { get; }

    Guid TenantId { get; }
}
