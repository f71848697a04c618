using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Domain.Common;
using SalesPerf.Plugins.Messages;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.Plugins.Infrastructure;

/// <summary>
/// Everything one plug-in call needs, built fresh for every call: plug-in instances are cached by the platform and
/// run concurrently, so nothing of a call may live on the instance.
/// </summary>
public sealed class LocalPluginContext
{
    private readonly IOrganizationServiceFactory? factory;
    private readonly Lazy<IOrganizationService> userService;
    private readonly Lazy<IOrganizationService> initiatingUserService;
    private readonly Lazy<IOrganizationService> systemService;

    public LocalPluginContext(IPluginExecutionContext context, StepTracer tracer, IOrganizationServiceFactory? factory, StepRegistration step)
    {
        Context = context ?? throw new ArgumentNullException(nameof(context));
        Tracer = tracer ?? throw new ArgumentNullException(nameof(tracer));
        Step = step ?? throw new ArgumentNullException(nameof(step));
        this.factory = factory;
        Clock = ExecutionClock.FromContext(context);
        userService = new Lazy<IOrganizationService>(() => CreateService(context.UserId));
        initiatingUserService = new Lazy<IOrganizationService>(() => CreateService(context.InitiatingUserId));
        systemService = new Lazy<IOrganizationService>(() => CreateService(null));
    }

    public IPluginExecutionContext Context { get; }

    /// <summary>The declared step (or custom API main operation) this call matched.</summary>
    public StepRegistration Step { get; }

    public StepTracer Tracer { get; }

    public ExecutionClock Clock { get; }

    /// <summary>Runs as the step's user (<c>UserId</c>): the platform applies that user's privileges.</summary>
    public IOrganizationService UserService => userService.Value;

    /// <summary>Runs as the user who started the operation (<c>InitiatingUserId</c>).</summary>
    public IOrganizationService InitiatingUserService => initiatingUserService.Value;

    /// <summary>Runs as SYSTEM: for the engine's own reads and writes, which users need no privilege for.</summary>
    public IOrganizationService SystemService => systemService.Value;

    /// <summary>The <c>Target</c> input parameter when it is an entity (Create, Update), otherwise null.</summary>
    public Entity? TargetEntity =>
        Context.InputParameters is not null && Context.InputParameters.TryGetValue("Target", out var target) ? target as Entity : null;

    /// <summary>True when the operation was sent by the SalesPerf engine itself; see <see cref="ContextMarks"/>.</summary>
    public bool IsEngineWrite => ContextMarks.IsEngineWrite(Context);

    /// <summary>A request parameter (custom APIs) of type <typeparamref name="T"/>; default when absent or of another type.</summary>
    public T? Input<T>(string name) =>
        Context.InputParameters is not null && Context.InputParameters.TryGetValue(name, out var value) && value is T typed ? typed : default;

    /// <summary>Sets a response property (custom APIs).</summary>
    public void Output(string name, object? value) => Context.OutputParameters[name] = value;

    public void Trace(string format, params object?[] args) => Tracer.Trace(format, args);

    /// <summary>The pre-image with <paramref name="alias"/>; the base class has already checked declared images are present.</summary>
    public Entity? PreImage(string alias) =>
        Context.PreEntityImages is not null && Context.PreEntityImages.TryGetValue(alias, out var image) ? image : null;

    /// <summary>The post-image with <paramref name="alias"/>.</summary>
    public Entity? PostImage(string alias) =>
        Context.PostEntityImages is not null && Context.PostEntityImages.TryGetValue(alias, out var image) ? image : null;

    /// <summary>Marks the writes this call makes until the scope is disposed as the engine's own.</summary>
    public IDisposable BeginEngineWrites() => ContextMarks.BeginEngineWrites(Context, Step.PluginType);

    /// <summary>The exception that stops the operation for a business rule, in the initiating user's language.</summary>
    public InvalidPluginExecutionException BusinessError(BusinessMessage message, params object[] args)
    {
        var error = BusinessErrors.Create(SystemService, Context.InitiatingUserId, message, args);
        Trace("Rule {0} stops the operation.", message?.Code ?? "");
        return error;
    }

    /// <summary>As <see cref="BusinessError(BusinessMessage, object[])"/>, for arguments that are themselves worded in the user's language.</summary>
    public InvalidPluginExecutionException BusinessError(BusinessMessage message, Func<int, object[]> argumentsInLanguage)
    {
        if (message is null || argumentsInLanguage is null)
        {
            throw new ArgumentNullException(message is null ? nameof(message) : nameof(argumentsInLanguage));
        }

        var language = UserLanguage.Read(SystemService, Context.InitiatingUserId);
        Trace("Rule {0} stops the operation.", message.Code);
        return new InvalidPluginExecutionException(message.Format(language, argumentsInLanguage(language)));
    }

    /// <summary>The exception that stops the operation for the domain rules <paramref name="violations"/> broke, naming the record.</summary>
    public InvalidPluginExecutionException RuleError(string recordName, IReadOnlyList<RuleViolation> violations)
    {
        var error = RuleErrors.Create(SystemService, Context.InitiatingUserId, recordName, violations);
        Trace("Rules {0} stop the operation.", string.Join(", ", violations.Select(v => v.Code)));
        return error;
    }

    private IOrganizationService CreateService(Guid? userId) =>
        (factory ?? throw new InvalidOperationException("The service provider has no IOrganizationServiceFactory."))
            .CreateOrganizationService(userId);
}
