using System;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.LocalOrg.Pipeline;

/// <summary>The execution context one step (or one main operation) sees; every member of section 1.9 is filled.</summary>
internal sealed class PluginExecutionContext : IPluginExecutionContext7
{
    public required string MessageName { get; init; }
    public required string PrimaryEntityName { get; init; }
    public Guid PrimaryEntityId { get; set; }
    public string SecondaryEntityName { get; init; } = "none";
    public required int Stage { get; init; }
    public int Mode { get; init; }
    public required int Depth { get; init; }
    public bool IsInTransaction { get; init; }
    public int IsolationMode { get; init; } = 2;
    public bool IsExecutingOffline => false;
    public bool IsOfflinePlayback => false;
    public required Guid UserId { get; init; }
    public required Guid InitiatingUserId { get; init; }
    public required Guid BusinessUnitId { get; init; }
    public required Guid OrganizationId { get; init; }
    public required string OrganizationName { get; init; }
    public required Guid CorrelationId { get; init; }
    public Guid OperationId { get; init; } = Guid.NewGuid();
    public required DateTime OperationCreatedOn { get; init; }
    public Guid? RequestId { get; init; }
    public EntityReference OwningExtension { get; init; } = null!;
    public required ParameterCollection InputParameters { get; init; }
    public required ParameterCollection OutputParameters { get; init; }
    public required ParameterCollection SharedVariables { get; init; }
    public EntityImageCollection PreEntityImages { get; init; } = new();
    public EntityImageCollection PostEntityImages { get; init; } = new();
    public IPluginExecutionContext ParentContext { get; init; } = null!;

    public Guid InitiatingUserApplicationId => Guid.Empty;
    public Guid InitiatingUserAzureActiveDirectoryObjectId => Guid.Empty;
    public bool IsPortalsClientCall => false;
    public Guid PortalsContactId => Guid.Empty;
    public Guid UserAzureActiveDirectoryObjectId => Guid.Empty;
    public Guid AuthenticatedUserId => InitiatingUserId;
    public EntityImageCollection[] PreEntityImagesCollection => [];
    public EntityImageCollection[] PostEntityImagesCollection => [];
    public string InitiatingUserAgent => "SalesPerf.LocalOrg";
    public string EnvironmentId => OrganizationId.ToString();
    public Guid TenantId => Guid.Empty;
    public bool IsApplicationUser => false;

    /// <summary>The plug-in type whose step this context belongs to (null for a main-operation context); drives call counting.</summary>
    public string? PluginTypeName { get; init; }
}
