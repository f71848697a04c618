using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg.Faults;
using SalesPerf.LocalOrg.Pipeline;
using SalesPerf.LocalOrg.Security;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.LocalOrg.Messages;

/// <summary>
/// A custom API: its plug-in is the main operation (stage 30), with any steps registered on the API's message
/// around it. Required request parameters are checked first; the response carries the plug-in's OutputParameters.
/// </summary>
internal sealed class CustomApiHandler : MessageHandler
{
    private readonly CustomApiRegistration _api;
    private readonly Func<ExecutionPipeline> _pipeline;
    private IPlugin? _plugin;

    public CustomApiHandler(CustomApiRegistration api, Func<ExecutionPipeline> pipeline)
    {
        _api = api;
        _pipeline = pipeline;
    }

    public override string RequestName => _api.UniqueName;

    public override MessageDescription Describe(ParameterCollection input)
    {
        foreach (var parameter in _api.RequestParameters.Where(p => !p.IsOptional))
        {
            if (!input.TryGetValue(parameter.UniqueName, out var value) || value is null)
            {
                throw OrganizationFaults.Create(
                    ErrorCodes.RequiredFieldMissing, $"Required parameter '{parameter.UniqueName}' of {_api.UniqueName} is missing.");
            }
        }

        if (_api.BindingType == CustomApiBindingType.Entity)
        {
            var target = Parameters.Required<EntityReference>(input, "Target");
            return new MessageDescription(_api.UniqueName, target.LogicalName?.ToLowerInvariant() ?? string.Empty, target.Id, null);
        }

        return new MessageDescription(_api.UniqueName, _api.BindingType == CustomApiBindingType.EntityCollection ? _api.BoundEntityLogicalName : "none", Guid.Empty, null);
    }

    public override void Execute(MessageOperation operation)
    {
        ExecutePrivilege.Demand(operation, _api.ExecutePrivilegeName);
        MessageRun.RunMainOperationPlugin(_pipeline(), _api.PluginType, () => _plugin ??= RegisteredStep.Instantiate(_api.PluginType), operation);
    }
}
