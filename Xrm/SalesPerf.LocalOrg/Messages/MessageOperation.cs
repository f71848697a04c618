using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg.Pipeline;
using SalesPerf.LocalOrg.Store;
using SalesPerf.SolutionModel.Roles;

namespace SalesPerf.LocalOrg.Messages;

/// <summary>What a handler's main operation works with: the (copied) input, the output, the caller, the store.</summary>
internal sealed class MessageOperation
{
    private readonly Func<OrganizationRequest, MessageOperation, OrganizationResponse> _internal;

    public MessageOperation(
        OrganizationState org,
        ParameterCollection input,
        ParameterCollection output,
        ExecutionOrigin origin,
        Func<OrganizationRequest, MessageOperation, OrganizationResponse> executeInternal)
    {
        Org = org;
        Input = input;
        Output = output;
        Origin = origin;
        _internal = executeInternal;
    }

    public OrganizationState Org { get; }
    public ParameterCollection Input { get; }
    public ParameterCollection Output { get; }
    public ExecutionOrigin Origin { get; }
    public Guid UserId => Origin.UserId;
    public Guid PrimaryEntityId { get; set; }

    /// <summary>The stage-30 context: the parent of the platform's own nested operations.</summary>
    public PluginExecutionContext? MainContext { get; set; }

    /// <summary>System columns the main operation added to Target; they never satisfy filtering attributes.</summary>
    public HashSet<string> PlatformColumns { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Shows the system columns the platform set in the stage-40 Target (section 8.4, XrmMockup PR #344).</summary>
    public void ShowInTarget(IReadOnlyDictionary<string, object> columns)
    {
        if (Input.TryGetValue("Target", out var target) && target is Entity entity)
        {
            foreach (var column in columns)
            {
                entity[column.Key] = EntityCopier.CopyValue(column.Value);
                PlatformColumns.Add(column.Key);
            }
        }
    }

    /// <summary>
    /// Checks the caller's privilege on a row (stored, or the ownership a new row will have); PrivilegeDenied otherwise. The platform's own follow-up
    /// operations (Assign's and SetState's Update, cascades) are not checked again: the request that raised them was.
    /// </summary>
    public void Demand(PrivilegeVerb verb, Entity row)
    {
        if (!Origin.IsPlatformInternal && Org.Access.For(UserId) is { } access)
        {
            access.Demand(Org.Metadata.Table(row.LogicalName), verb, row);
        }
    }

    /// <summary>As <see cref="Demand(PrivilegeVerb, Entity)"/> for a row named by table and id; a missing row is left to the handler's own fault.</summary>
    public void Demand(PrivilegeVerb verb, string? table, Guid id)
    {
        if (Org.Metadata.TryTable(table, out var definition) && Org.Store.Find(definition.LogicalName, id) is { } stored)
        {
            Demand(verb, stored);
        }
    }

    /// <summary>A request the platform itself raises inside this operation (e.g. Win's Update of the opportunity): same depth, same transaction.</summary>
    public OrganizationResponse ExecuteInternal(OrganizationRequest request) => _internal(request, this);
}
