using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Messages;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.Plugins.Tests.Doubles;

/// <summary>
/// Builds the context of one call FROM the plug-in's own declared step (message, table, stage, mode, images), so a
/// test cannot drift from what is registered: change the attribute and the tests follow or fail.
/// </summary>
public sealed class StepContextBuilder
{
    private StepContextBuilder(StepRegistration step)
    {
        Step = step;
        Context = new FakePluginExecutionContext
        {
            MessageName = step.Message,
            PrimaryEntityName = step.PrimaryEntity,
            Stage = (int)step.Stage,
            Mode = (int)step.Mode,
            IsInTransaction = step.Stage != PipelineStage.PreValidation && step.Mode == ExecutionMode.Synchronous,
        };
    }

    public StepRegistration Step { get; }

    public FakePluginExecutionContext Context { get; }

    public FakeTracingService Tracing { get; } = new();

    public FakeOrganizationServiceFactory Services { get; } = new();

    /// <summary>The context of <typeparamref name="TPlugin"/>'s one declared step on <paramref name="message"/>.</summary>
    public static StepContextBuilder For<TPlugin>(string message)
        where TPlugin : IPlugin =>
        new(PluginCatalog.ReadSteps(typeof(TPlugin)).Single(step => step.Message == message));

    /// <summary>The context of <typeparamref name="TPlugin"/>'s declared step on <paramref name="message"/> in <paramref name="stage"/>.</summary>
    public static StepContextBuilder For<TPlugin>(string message, PipelineStage stage)
        where TPlugin : IPlugin =>
        new(PluginCatalog.ReadSteps(typeof(TPlugin)).Single(step => step.Message == message && step.Stage == stage));

    /// <summary>The main operation of <typeparamref name="TPlugin"/>'s custom API (stage 30, unbound).</summary>
    public static StepContextBuilder ForCustomApi<TPlugin>()
        where TPlugin : IPlugin
    {
        var api = PluginCatalog.ReadCustomApi(typeof(TPlugin)) ?? throw new InvalidOperationException(typeof(TPlugin).Name + " declares no custom API.");
        return new(new StepRegistration(
            Guid.Empty, typeof(TPlugin), api.UniqueName, PluginCatalog.AnyEntity, PipelineStage.MainOperation, ExecutionMode.Synchronous, 1, [], [], api.UniqueName, ""));
    }

    public StepContextBuilder WithInput(string name, object? value)
    {
        Context.InputParameters[name] = value;
        return this;
    }

    /// <summary>A context no step of the plug-in matches.</summary>
    public static StepContextBuilder Undeclared(string message, string entity, PipelineStage stage) =>
        new(new StepRegistration(
            Guid.NewGuid(), typeof(object), message, entity, stage, ExecutionMode.Synchronous, 1, [], [], "undeclared", ""));

    public StepContextBuilder WithTarget(Entity target)
    {
        Context.InputParameters["Target"] = target;
        Context.PrimaryEntityId = Step.Stage == PipelineStage.PreValidation && Step.Message == MessageNames.Create ? Guid.Empty : target.Id;
        return this;
    }

    /// <summary>Fills the step's declared images from the stored row, with only the declared columns (nulls omitted).</summary>
    public StepContextBuilder WithStoredRow(Entity row)
    {
        foreach (var image in Step.Images)
        {
            var snapshot = new Entity(row.LogicalName, row.Id);
            foreach (var column in image.Attributes.Where(c => row.Contains(c) && row[c] is not null))
            {
                snapshot[column] = row[column];
            }

            if (image.IsPreImage)
            {
                Context.PreEntityImages[image.EntityAlias] = snapshot;
            }

            if (image.IsPostImage)
            {
                Context.PostEntityImages[image.EntityAlias] = snapshot;
            }
        }

        return this;
    }

    public StepContextBuilder WithRow(Entity row)
    {
        Services.Add(row);
        return this;
    }

    public StepContextBuilder WithUserLanguage(int languageId)
    {
        var settings = new Entity(UserLanguage.UserSettingsTable, Context.InitiatingUserId);
        settings[UserLanguage.UserIdColumn] = Context.InitiatingUserId;
        settings[UserLanguage.UiLanguageColumn] = languageId;
        return WithRow(settings);
    }

    /// <summary>Makes this call a nested one, sent from inside <paramref name="parent"/>.</summary>
    public StepContextBuilder CalledFrom(IPluginExecutionContext parent)
    {
        Context.ParentContext = parent;
        Context.Depth = parent.Depth + 1;
        Context.IsInTransaction = true;
        return this;
    }

    public IServiceProvider Build() => new FakeServiceProvider(Context, Tracing, Services);

    public void Execute(IPlugin plugin) => plugin.Execute(Build());
}
