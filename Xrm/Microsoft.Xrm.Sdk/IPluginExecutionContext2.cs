using System;

namespace Microsoft.Xrm.Sdk;

public interface IPluginExecutionContext2 : IPluginExecutionContext
{
    Guid InitiatingUserApplicationId { get; }

    Guid InitiatingUserAzureActiveDirectoryObjectId { get; }

    bool IsPortalsClientCall { get; }

    Guid PortalsContactId { get; }

    Guid UserAzureActiveDirectoryObjectId { get; }
}
