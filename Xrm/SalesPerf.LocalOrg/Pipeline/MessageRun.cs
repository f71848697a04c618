using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Messages;
using SalesPerf.LocalOrg.Store;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.LocalOrg.Pipeline;

/// <summary>One execution of one message: its stages, shared variables, images and transaction.</summary>
internal sealed class MessageRun
{
    /// <summary>The optional parameter of data-migration callers: registered steps are skipped, the platform's work is not.</summary>
    private const string BypassParameter = "BypassCustomPluginExecution";

    private readonly ExecutionPipeline _pipeline;
    private readonly MessageHandler _handler;
    private readonly OrganizationRequest _request;
    private readonly ExecutionOrigin _origin;
    private readonly ParameterCollection _input;
    private readonly ParameterCollection _output = new();
    private readonly ParameterCollection _preValidationVariables = new();
    private readonly ParameterCollection _mainVariables;
    private readonly MessageDescription _description;
    private readonly MessageOperation _operation;
    private PluginExecutionContext? _preValidationParent;
    private Entity? _preImage;
    private Entity? _postImage;

    public MessageRun(ExecutionPipeline pipeline, MessageHandler handler, OrganizationRequest request, ExecutionOrigin origin)
    {
        _pipeline = pipeline;
        _handler = handler;
        _request = request;
        _origin = origin;

        // The steps see a copy: nothing they do to Target reaches the caller's objects (section 8.1).
        _input = EntityCopier.CopyParameters(request.Parameters);
        _description = handler.Describe(_input);
        _mainVariables = _description.SeparatesPreValidationVariables ? new ParameterCollection() : _preValidationVariables;
        if (_input.TryGetValue("tag", out var tag) && tag is string tagValue)
        {
            _preValidationVariables["tag"] = tagValue;
            _mainVariables["tag"] = tagValue;
        }

        _operation = new MessageOperation(pipeline.Org, _input, _output, origin, ExecuteInternal)
        {
            PrimaryEntityId = _description.PrimaryEntityId,
        };
    }

    private OrganizationState Org => _pipeline.Org;

    public OrganizationResponse Execute()
    {
        var transactions = _pipeline.Transactions;
        var ownsTransaction = !transactions.IsOpen;
        _preImage = Find(_description.ImageRow);
        foreach (var variable in _handler.BeforeFirstStage(_operation))
        {
            _preValidationVariables[variable.Key] = variable.Value;
            _mainVariables[variable.Key] = variable.Value;
        }

        if (ownsTransaction)
        {
            RunStage(10, inTransaction: false);
            transactions.Begin();
        }

        try
        {
            if (!ownsTransaction)
            {
                RunStage(10, inTransaction: true);
            }

            _preValidationParent = _description.SeparatesPreValidationVariables
                ? Context(10, null, _preValidationVariables, _origin.Parent, inTransaction: true)
                : _origin.Parent;
            _handler.Prepare(_operation);
            RunStage(20, inTransaction: true);

            _operation.MainContext = Context(30, null, _mainVariables, _preValidationParent, inTransaction: true);
            _handler.Execute(_operation);
            _postImage = Find(_description.ImageRow is null ? null : new EntityReference(_description.ImageRow.LogicalName, _operation.PrimaryEntityId));

            RunStage(40, inTransaction: true);
            QueueAsyncSteps();
            if (ownsTransaction)
            {
                transactions.Commit();
            }
        }
        catch
        {
            if (ownsTransaction)
            {
                transactions.Rollback();
            }

            throw;
        }

        return Response();
    }

    /// <summary>Runs a custom API's plug-in as the main operation (stage 30), with the main operation's context.</summary>
    public static void RunMainOperationPlugin(ExecutionPipeline pipeline, Type pluginType, Func<IPlugin> plugin, MessageOperation operation)
    {
        var context = operation.MainContext ?? throw new InvalidOperationException("The main operation has no context.");
        var withPlugin = new PluginExecutionContext
        {
            MessageName = context.MessageName,
            PrimaryEntityName = context.PrimaryEntityName,
            PrimaryEntityId = context.PrimaryEntityId,
            Stage = 30,
            Depth = context.Depth,
            IsInTransaction = true,
            UserId = context.UserId,
            InitiatingUserId = context.InitiatingUserId,
            BusinessUnitId = context.BusinessUnitId,
            OrganizationId = context.OrganizationId,
            OrganizationName = context.OrganizationName,
            CorrelationId = context.CorrelationId,
            OperationCreatedOn = context.OperationCreatedOn,
            RequestId = context.RequestId,
            InputParameters = context.InputParameters,
            OutputParameters = context.OutputParameters,
            SharedVariables = context.SharedVariables,
            ParentContext = context.ParentContext,
            PluginTypeName = pluginType.FullName,
        };
        StepRunner.Run(pipeline, pluginType.FullName ?? pluginType.Name, plugin, withPlugin);
    }

    private OrganizationResponse ExecuteInternal(OrganizationRequest request, MessageOperation operation)
    {
        // The platform's own follow-up operation: same caller, same depth, nested under the main operation. A request
        // that bypasses custom plug-ins bypasses them in its follow-ups too (a migrated win runs no step at all).
        var origin = _origin with { Parent = operation.MainContext, IsPlatformInternal = true };
        if (_input.TryGetValue(BypassParameter, out var bypass) && bypass is true)
        {
            request[BypassParameter] = true;
        }

        return _pipeline.Execute(request, origin);
    }

    private void RunStage(int stage, bool inTransaction)
    {
        var variables = stage == 10 ? _preValidationVariables : _mainVariables;
        var parent = stage == 10 ? _origin.Parent : _preValidationParent;
        foreach (var step in Candidates(stage, ExecutionMode.Synchronous))
        {
            // Filtering attributes are evaluated when the step's turn comes: earlier steps may have changed Target.
            if (!PassesFilter(step))
            {
                continue;
            }

            var context = Context(stage, step, variables, parent, inTransaction);
            StepRunner.Run(_pipeline, step, context);
        }
    }

    private void QueueAsyncSteps()
    {
        foreach (var step in Candidates(40, ExecutionMode.Asynchronous).Where(PassesFilter))
        {
            var context = new PluginExecutionContext
            {
                MessageName = MessageOf(step),
                PrimaryEntityName = _description.PrimaryEntityName,
                PrimaryEntityId = _operation.PrimaryEntityId,
                Stage = 40,
                Mode = 1,
                Depth = _origin.Depth,
                IsInTransaction = false,
                UserId = _origin.UserId,
                InitiatingUserId = _origin.InitiatingUserId,
                BusinessUnitId = Org.BusinessUnitOf("systemuser", _origin.UserId),
                OrganizationId = Org.Ids.OrganizationId,
                OrganizationName = Org.OrganizationName,
                CorrelationId = _origin.CorrelationId,
                OperationCreatedOn = Org.Clock.UtcNow,
                RequestId = _request.RequestId,
                InputParameters = EntityCopier.CopyParameters(_input),
                OutputParameters = EntityCopier.CopyParameters(_output),
                SharedVariables = EntityCopier.CopyParameters(_mainVariables),
                PreEntityImages = Images(step, pre: true),
                PostEntityImages = Images(step, pre: false),
                ParentContext = _preValidationParent!,
                PluginTypeName = step.PluginTypeName,
            };
            _pipeline.Transactions.QueueAsync(new AsyncJob(step, context));
        }
    }

    private IEnumerable<RegisteredStep> Candidates(int stage, ExecutionMode mode)
    {
        // Optional parameter of data-migration callers: registered steps are skipped, the platform's work is not.
        if (_input.TryGetValue(BypassParameter, out var bypass) && bypass is true)
        {
            return [];
        }

        var steps = _pipeline.Steps.Match(_description.StepMessages, _description.PrimaryEntityName, stage, mode);
        if (_description.StepMessages.Count == 1)
        {
            return steps;
        }

        // A plug-in registered on both SetState and SetStateDynamicEntity runs once, through the step of the request's own message.
        return steps
            .GroupBy(s => s.Registration.PluginType)
            .Select(g => g.OrderBy(s => string.Equals(s.Registration.Message, _description.MessageName, StringComparison.OrdinalIgnoreCase) ? 0 : 1).First())
            .OrderBy(s => s.Registration.Rank)
            .ThenBy(s => s.Order);
    }

    private bool PassesFilter(RegisteredStep step)
    {
        var filter = step.Registration.FilteringAttributes;
        if (filter.Count == 0 || !string.Equals(step.Registration.Message, "Update", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return _input.TryGetValue("Target", out var target) && target is Entity entity
            && entity.Attributes.Keys.Any(k => !_operation.PlatformColumns.Contains(k) && filter.Contains(k, StringComparer.OrdinalIgnoreCase));
    }

    private string MessageOf(RegisteredStep? step) =>
        step is not null && _description.StepMessages.Count > 1 ? step.Registration.Message : _description.MessageName;

    private PluginExecutionContext Context(int stage, RegisteredStep? step, ParameterCollection variables, PluginExecutionContext? parent, bool inTransaction) => new()
    {
        MessageName = MessageOf(step),
        PrimaryEntityName = _description.PrimaryEntityName,
        PrimaryEntityId = _operation.PrimaryEntityId,
        Stage = stage,
        Mode = 0,
        Depth = _origin.Depth,
        IsInTransaction = inTransaction,
        UserId = _origin.UserId,
        InitiatingUserId = _origin.InitiatingUserId,
        BusinessUnitId = Org.BusinessUnitOf("systemuser", _origin.UserId),
        OrganizationId = Org.Ids.OrganizationId,
        OrganizationName = Org.OrganizationName,
        CorrelationId = _origin.CorrelationId,
        OperationCreatedOn = Org.Clock.UtcNow,
        RequestId = _request.RequestId,
        InputParameters = _input,
        OutputParameters = _output,
        SharedVariables = variables,
        PreEntityImages = step is null ? new EntityImageCollection() : Images(step, pre: true),
        PostEntityImages = step is null || stage != 40 ? new EntityImageCollection() : Images(step, pre: false),
        ParentContext = parent!,
        PluginTypeName = step?.PluginTypeName,
    };

    /// <summary>Each step gets its own filtered copy; null columns are absent (section 1.6).</summary>
    private EntityImageCollection Images(RegisteredStep step, bool pre)
    {
        var images = new EntityImageCollection();
        var source = pre ? _preImage : _postImage;
        if (source is null)
        {
            return images;
        }

        foreach (var image in step.Registration.Images.Where(i => pre ? i.IsPreImage : i.IsPostImage))
        {
            var columns = image.Attributes.Count == 0 ? new ColumnSet(true) : new ColumnSet([.. image.Attributes]);
            images[image.EntityAlias] = Org.Reader.Project(source, columns);
        }

        return images;
    }

    private Entity? Find(EntityReference? row) =>
        row is null || row.Id == Guid.Empty || !Org.Metadata.TryTable(row.LogicalName, out var table) ? null : Org.Store.Find(table.LogicalName, row.Id);

    private OrganizationResponse Response()
    {
        var response = _handler.CreateResponse();
        response.ResponseName = _request.RequestName;
        foreach (var output in _output)
        {
            response.Results[_handler.ResponseKey(output.Key)] = EntityCopier.CopyValue(output.Value);
        }

        return response;
    }
}
