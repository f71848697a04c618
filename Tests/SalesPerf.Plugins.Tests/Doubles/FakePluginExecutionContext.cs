using System;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Plugins.Tests.Doubles;

/// <summary>A plain, settable execution context; build it through <see cref="StepContextBuilder"/>.</summary>
public sealed class FakePluginExecutionContext : IPluginExecutionContext
{
    public Guid BusinessUnitId { get; set; } = Guid.NewGuid();

    public Guid CorrelationId { get; set; } = Guid.NewGuid();

    public int Depth { get; set; } = 1;

    public Guid InitiatingUserId { get; set; } = Guid.NewGuid();

    public ParameterCollection InputParameters { get; } = new();

    public bool IsExecutingOffline { get; set; }

    public bool IsInTransaction { get; set; }

    public bool IsOfflinePlayback { get; set; }

    public int IsolationMode { get; set; } = 2;

    public string MessageName { get; set; } = "";

    public int Mode { get; set; }

    public DateTime OperationCreatedOn { get; set; } = new(2026, 2, 14, 9, 30, 0, DateTimeKind.Utc);

    public Guid OperationId { get; set; } = Guid.NewGuid();

    public Guid OrganizationId { get; set; } = Guid.NewGuid();

    public string OrganizationName { get; set; } = "salesperf-test";

    public ParameterCollection OutputParameters { get; } = new();

    public EntityReference? OwningExtension { get; set; }

    public EntityImageCollection PostEntityImages { get; } = new();

    public EntityImageCollection PreEntityImages { get; } = new();

    public Guid PrimaryEntityId { get; set; }

    public string PrimaryEntityName { get; set; } = "";

    public Guid? RequestId { get; set; } = Guid.NewGuid();

    public string SecondaryEntityName { get; set; } = "none";

    public ParameterCollection SharedVariables { get; } = new();

    public Guid UserId { get; set; } = Guid.NewGuid();

    public IPluginExecutionContext? ParentContext { get; set; }

    public int Stage { get; set; }

    EntityReference IExecutionContext.OwningExtension => OwningExtension!;

    IPluginExecutionContext IPluginExecutionContext.ParentContext => ParentContext!;
}
