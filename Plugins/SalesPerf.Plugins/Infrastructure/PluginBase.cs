using System;
using System.Collections.Generic;
using System.Globalization;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.Plugins.Infrastructure;

/// <summary>
/// The one Execute template of every SalesPerf plug-in: match the call against the class's own declarations (or
/// trace and return), apply the step's declared nesting policy (<see cref="NestingPolicy"/>), guard against re-entry,
/// check the declared images, trace entry and exit with timings, and dispatch to <see cref="ExecuteStep"/>. Business
/// errors (<see cref="InvalidPluginExecutionException"/>) and platform faults pass unchanged; any other exception is
/// traced in full and reaches the user only as <see cref="UnexpectedFailure"/>, in their language, with the record
/// and the correlation id.
/// </summary>
/// <remarks>
/// The platform caches plug-in instances and calls them concurrently: derived classes hold no per-call state, only
/// readonly immutable configuration. Everything of a call lives in its <see cref="LocalPluginContext"/>.
/// </remarks>
public abstract class PluginBase : IPlugin
{
    private readonly IReadOnlyList<StepRegistration> declaredEvents;

    protected PluginBase()
    {
        declaredEvents = DeclaredEvents.For(GetType());
    }

    /// <summary>
    /// Whether a call re-entered for the same record further down its own operation is skipped. Plug-ins that write
    /// keep it; pure validators turn it off, because they cannot loop and skipping them would let nested writes pass.
    /// </summary>
    protected virtual bool GuardsRecursion => true;

    public void Execute(IServiceProvider serviceProvider)
    {
        if (serviceProvider is null)
        {
            throw new ArgumentNullException(nameof(serviceProvider));
        }

        var context = (IPluginExecutionContext?)serviceProvider.GetService(typeof(IPluginExecutionContext))
            ?? throw new InvalidOperationException("The service provider has no IPluginExecutionContext.");
        var tracer = new StepTracer((ITracingService?)serviceProvider.GetService(typeof(ITracingService)));
        var pluginName = GetType().FullName ?? GetType().Name;

        var step = DeclaredEvents.Match(declaredEvents, context);
        if (step is null)
        {
            tracer.Trace(
                "{0}: no declared step for {1} of {2} in stage {3}, mode {4}; nothing to do.",
                pluginName, context.MessageName, context.PrimaryEntityName, context.Stage, context.Mode);
            return;
        }

        tracer.Trace(
            "Entered {0}: {1} of {2} {3:D}, stage {4}, mode {5}, depth {6}, correlation {7:D}.",
            pluginName, context.MessageName, context.PrimaryEntityName, context.PrimaryEntityId,
            context.Stage, context.Mode, context.Depth, context.CorrelationId);
        try
        {
            var standAside = NestingPolicy.Of(step.Nesting).StandAsideReason(context, step);
            if (standAside is not null)
            {
                tracer.Trace("Nesting policy {0}: {1}", step.Nesting, standAside);
                return;
            }

            if (GuardsRecursion && ContextMarks.EnterStep(context, step))
            {
                tracer.Trace("Re-entered for the same record by its own operation; skipped.");
                return;
            }

            RequireDeclaredImages(step, context);
            var factory = (IOrganizationServiceFactory?)serviceProvider.GetService(typeof(IOrganizationServiceFactory));
            ExecuteStep(new LocalPluginContext(context, tracer, factory, step));
        }
        catch (InvalidPluginExecutionException error)
        {
            tracer.Trace("Business rule stopped the operation: {0}", error.Message);
            throw;
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            // The platform's own fault from a service call (a nested step's business rule among them): the platform
            // already words it for the user, so it passes unchanged.
            tracer.Trace("Platform fault stopped the operation: {0}", fault.Message);
            throw;
        }
        catch (Exception error)
        {
            tracer.Trace("Unexpected {0}: {1}", error.GetType().FullName, error.Message);
            tracer.Trace("{0}", error.ToString());
            throw UnexpectedFailure.Create(context, step, (IOrganizationServiceFactory?)serviceProvider.GetService(typeof(IOrganizationServiceFactory)), tracer);
        }
        finally
        {
            tracer.Trace("Exited {0} after {1} ms, correlation {2:D}.", pluginName, tracer.ElapsedMilliseconds, context.CorrelationId);
        }
    }

    /// <summary>The step's own logic; the context has been matched to <see cref="LocalPluginContext.Step"/>.</summary>
    protected abstract void ExecuteStep(LocalPluginContext context);

    private static void RequireDeclaredImages(StepRegistration step, IPluginExecutionContext context)
    {
        foreach (var image in step.Images)
        {
            if (image.IsPreImage && !Contains(context.PreEntityImages, image.EntityAlias))
            {
                throw MissingImage(step, image, "pre-image");
            }

            if (image.IsPostImage && !Contains(context.PostEntityImages, image.EntityAlias))
            {
                throw MissingImage(step, image, "post-image");
            }
        }
    }

    private static bool Contains(EntityImageCollection? images, string alias) => images is not null && images.ContainsKey(alias);

    private static InvalidOperationException MissingImage(StepRegistration step, ImageRegistration image, string kind) =>
        new(string.Format(
            CultureInfo.InvariantCulture,
            "Step '{0}' ({1:D}) declares the {2} '{3}' (alias '{4}', columns {5}), but the context does not carry it. Register the image on the step as declared.",
            step.Name,
            step.Id,
            kind,
            image.Name,
            image.EntityAlias,
            string.Join(", ", image.Attributes)));
}
