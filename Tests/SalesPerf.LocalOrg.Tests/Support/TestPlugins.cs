using System;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace SalesPerf.LocalOrg.Tests.Support;

/// <summary>Base for test-only plug-ins: resolves the services the platform provides.</summary>
public abstract class TestPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var tracing = (ITracingService)serviceProvider.GetService(typeof(ITracingService))!;
        var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
        Run(context, tracing, factory.CreateOrganizationService(context.UserId), factory);
    }

    protected abstract void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationService service, IOrganizationServiceFactory factory);
}

/// <summary>Traces the context members tests assert on, one "key=value" line each.</summary>
public sealed class TraceContextPlugin : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationService service, IOrganizationServiceFactory factory)
    {
        tracing.Trace("message={0}", context.MessageName);
        tracing.Trace("entity={0}", context.PrimaryEntityName);
        tracing.Trace("id={0}", context.PrimaryEntityId);
        tracing.Trace("stage={0}", context.Stage);
        tracing.Trace("mode={0}", context.Mode);
        tracing.Trace("depth={0}", context.Depth);
        tracing.Trace("intx={0}", context.IsInTransaction);
        tracing.Trace("isolation={0}", context.IsolationMode);
        tracing.Trace("user={0}", context.UserId);
        tracing.Trace("initiating={0}", context.InitiatingUserId);
        tracing.Trace("bu={0}", context.BusinessUnitId);
        tracing.Trace("org={0}", context.OrganizationId);
        tracing.Trace("now={0}", context.OperationCreatedOn.ToString("O", CultureInfo.InvariantCulture));
        tracing.Trace("parent={0}", context.ParentContext is null ? "none" : context.ParentContext.MessageName + "/" + context.ParentContext.Stage);
        if (context.InputParameters.TryGetValue("Target", out var target) && target is Entity entity)
        {
            tracing.Trace("target={0}", string.Join(",", entity.Attributes.Keys.OrderBy(k => k, StringComparer.Ordinal)));
            tracing.Trace("targetid={0}", entity.Id);
        }

        if (context.InputParameters.TryGetValue("Target", out var reference) && reference is EntityReference)
        {
            tracing.Trace("target=EntityReference");
        }

        foreach (var image in context.PreEntityImages)
        {
            tracing.Trace("pre:{0}={1}", image.Key, string.Join(",", image.Value.Attributes.Keys.OrderBy(k => k, StringComparer.Ordinal)));
        }

        foreach (var image in context.PostEntityImages)
        {
            tracing.Trace("post:{0}={1}", image.Key, string.Join(",", image.Value.Attributes.Keys.OrderBy(k => k, StringComparer.Ordinal)));
        }

        tracing.Trace("shared={0}", string.Join(",", context.SharedVariables.Keys.OrderBy(k => k, StringComparer.Ordinal)));
        tracing.Trace("parentshared={0}", context.ParentContext is null ? string.Empty : string.Join(",", context.ParentContext.SharedVariables.Keys.OrderBy(k => k, StringComparer.Ordinal)));
        if (context.OutputParameters.TryGetValue("id", out var id))
        {
            tracing.Trace("outputid={0}", id);
        }
    }
}

/// <summary>A second tracer, for rank-order tests.</summary>
public sealed class TraceNamePluginA : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationService service, IOrganizationServiceFactory factory) => tracing.Trace("A");
}

public sealed class TraceNamePluginB : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationService service, IOrganizationServiceFactory factory) => tracing.Trace("B");
}

public sealed class ThrowingPlugin : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationService service, IOrganizationServiceFactory factory) =>
        throw new InvalidPluginExecutionException("Rejected by ThrowingPlugin.");
}

public sealed class CrashingPlugin : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationService service, IOrganizationServiceFactory factory) =>
        throw new InvalidOperationException("bug in plugin");
}

/// <summary>Creates an account named after the primary row: a nested write.</summary>
public sealed class CreateAccountPlugin : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationService service, IOrganizationServiceFactory factory) =>
        service.Create(new Entity("account") { ["name"] = "nested " + context.MessageName });
}

/// <summary>Updates the same account again: an infinite loop that loop detection must stop.</summary>
public sealed class RecursiveUpdatePlugin : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationService service, IOrganizationServiceFactory factory)
    {
        tracing.Trace("depth={0}", context.Depth);
        service.Update(new Entity("account", context.PrimaryEntityId) { ["accountnumber"] = context.Depth.ToString(CultureInfo.InvariantCulture) });
    }
}

/// <summary>Writes "stage{N}" into SharedVariables.</summary>
public sealed class SharedVariableWriterPlugin : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationService service, IOrganizationServiceFactory factory) =>
        context.SharedVariables["stage" + context.Stage.ToString(CultureInfo.InvariantCulture)] = "set";
}

/// <summary>Stage 20: changes Target; the main operation must store it.</summary>
public sealed class SetAccountNumberPlugin : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationService service, IOrganizationServiceFactory factory) =>
        ((Entity)context.InputParameters["Target"])["accountnumber"] = "set-in-20";
}

/// <summary>Stage 40 of Create: updates the new row (the row must already be stored).</summary>
public sealed class UpdateNewRowPlugin : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationService service, IOrganizationServiceFactory factory) =>
        service.Update(new Entity(context.PrimaryEntityName, context.PrimaryEntityId) { ["accountnumber"] = "post-40" });
}

/// <summary>Makes one Retrieve and one RetrieveMultiple through its own service, and one as SYSTEM.</summary>
public sealed class ReadingPlugin : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationService service, IOrganizationServiceFactory factory)
    {
        service.Retrieve(context.PrimaryEntityName, context.PrimaryEntityId, new ColumnSet());
        service.RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet("name") });
        var system = factory.CreateOrganizationService(null);
        var created = system.Create(new Entity("account") { ["name"] = "by system" });
        var row = system.Retrieve("account", created, new ColumnSet("createdby"));
        tracing.Trace("createdby={0}", row.GetAttributeValue<EntityReference>("createdby").Id);
    }
}

/// <summary>Custom API main operation: Output "Echo" = upper-cased input "Text".</summary>
public sealed class EchoApiPlugin : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationService service, IOrganizationServiceFactory factory)
    {
        tracing.Trace("stage={0}", context.Stage);
        context.OutputParameters["Echo"] = ((string)context.InputParameters["Text"]).ToUpperInvariant();
        service.Create(new Entity("account") { ["name"] = "from api" });
    }
}

/// <summary>Stage 20: adds a column to Target (must not leak into the caller's entity).</summary>
public sealed class AddColumnPlugin : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationService service, IOrganizationServiceFactory factory) =>
        ((Entity)context.InputParameters["Target"])["accountnumber"] = "added";
}

/// <summary>Creates an account through a service impersonating the Target's owner.</summary>
public sealed class ImpersonatingPlugin : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationService service, IOrganizationServiceFactory factory)
    {
        var owner = ((Entity)context.InputParameters["Target"]).GetAttributeValue<EntityReference>("ownerid");
        factory.CreateOrganizationService(owner.Id).Create(new Entity("account") { ["name"] = "impersonated" });
    }
}

/// <summary>Empties its pre-image: the next step must still see the full image.</summary>
public sealed class ImageMutatingPlugin : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationService service, IOrganizationServiceFactory factory) =>
        context.PreEntityImages["pre"].Attributes.Clear();
}

/// <summary>Has the platform's configuration constructor; traces that it was used.</summary>
public sealed class ConfiguredPlugin : IPlugin
{
    private readonly bool _configured;

    public ConfiguredPlugin() => _configured = false;

    public ConfiguredPlugin(string unsecureConfiguration, string secureConfiguration) => _configured = unsecureConfiguration is not null && secureConfiguration is not null;

    public void Execute(IServiceProvider serviceProvider)
    {
        var tracing = (ITracingService)serviceProvider.GetService(typeof(ITracingService))!;
        var context = (IExecutionContext)serviceProvider.GetService(typeof(IExecutionContext))!;
        tracing.Trace("configured={0} message={1}", _configured, context.MessageName);
    }
}
