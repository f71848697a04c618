using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

public sealed class RemoteExecutionContext : IExecutionContext, IPluginExecutionContext, IExtensibleDataObject
{
    public RemoteExecutionContext()
    {
        InputParameters = new ParameterCollection();
        OutputParameters = new ParameterCollection();
        SharedVariables = new ParameterCollection();
        PreEntityImages = new EntityImageCollection();
        PostEntityImages = new EntityImageCollection();
    }

    public Guid BusinessUnitId { get; set; }

    public Guid CorrelationId { get; set; }

    public int Depth { get; set; }

    public string InitiatingUserAgent { get; set; }

    public Guid InitiatingUserAzureActiveDirectoryObjectId { get; set; }

    public Guid InitiatingUserId { get; set; }

    public ParameterCollection InputParameters { get; }

    public bool IsExecutingOffline { get; set; }

    public bool IsInTransaction { get; set; }

    public bool IsOfflinePlayback { get; set; }

    public int IsolationMode { get; set; }

    public string MessageName { get; set; }

    public int Mode { get; set; }

    public DateTime OperationCreatedOn { get; set; }

    public Guid OperationId { get; set; }

    public Guid OrganizationId { get; set; }

    public string OrganizationName { get; set; }

    public ParameterCollection OutputParameters { get; }

    public EntityReference OwningExtension { get; set; }

    public RemoteExecutionContext ParentContext { get; set; }

    IPluginExecutionContext IPluginExecutionContext.ParentContext => ParentContext;

    public EntityImageCollection PostEntityImages { get; }

    public EntityImageCollection PreEntityImages { get; }

    public Guid PrimaryEntityId { get; set; }

    public string PrimaryEntityName { get; set; }

    public Guid? RequestId { get; set; }

    public string SecondaryEntityName { get; set; }

    public ParameterCollection SharedVariables { get; }

    public int Stage { get; set; }

    public Guid UserAzureActiveDirectoryObjectId { get; set; }

    public Guid UserId { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }
}
