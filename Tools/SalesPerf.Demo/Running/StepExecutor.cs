using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Demo.Generation;
using SalesPerf.LocalOrg;
using SalesPerf.Plugins.TargetPlanning;

namespace SalesPerf.Demo.Running;

/// <summary>Sends one step to the organisation as the administrator, with the clock moved to the step's time.</summary>
internal sealed class StepExecutor
{
    private readonly LocalOrganization _org;
    private readonly IdMap _ids = new();
    private readonly HashSet<string> _customApis;
    private readonly List<int> _sliceCalls = [];

    public StepExecutor(LocalOrganization org, IEnumerable<string> customApis, Guid baseCurrencyPlaceholder)
    {
        _org = org;
        _customApis = new HashSet<string>(customApis, StringComparer.OrdinalIgnoreCase);
        _ids.Add(baseCurrencyPlaceholder, org.BaseCurrencyId);
    }

    public IdMap Ids => _ids;

    /// <summary>Told after every slice of a recalculation (the demo's progress bar).</summary>
    public Action<RecalculateSlice>? RecalculationProgress { get; set; }

    /// <summary>The plug-ins' service calls of each recalculation slice sent so far, in order.</summary>
    public IReadOnlyList<int> SliceCalls => _sliceCalls;

    /// <summary>Whether the step ran (false: an optional custom API that is not registered).</summary>
    public bool Execute(DemoStep step)
    {
        if (step.At > _org.Clock.UtcNow)
        {
            _org.Clock.UtcNow = step.At;
        }

        var request = _ids.Remap(step.Request);
        var name = request.RequestName;
        switch (name)
        {
            case DemoRequests.CreateBusinessUnit:
                _ids.Add((Guid)request["Id"], _org.CreateBusinessUnit((string)request["Name"]));
                return true;
            case DemoRequests.CreateUser:
                var user = _org.CreateUser((string)request["Name"], request.Parameters.TryGetValue("Manager", out var m) ? (Guid?)m : null, (Guid)request["BusinessUnit"]);
                _ids.Add((Guid)step.Request["Id"], user);
                if (request.Parameters.TryGetValue("Role", out var role))
                {
                    _org.AssignRole(user, (string)role);
                }

                return true;
            case DemoRequests.CreateTeam:
                _ids.Add((Guid)step.Request["Id"], _org.CreateTeam((string)request["Name"], (Guid[])request["Members"], (Guid)request["BusinessUnit"]));
                return true;
            case DemoRequests.EnsurePeriod:
                EnsurePeriod((Entity)step.Request["Target"], (Entity)request["Target"]);
                return true;
        }

        if (name.StartsWith(DemoRequests.OptionalPrefix, StringComparison.Ordinal))
        {
            name = name[DemoRequests.OptionalPrefix.Length..];
            if (!_customApis.Contains(name))
            {
                return false;
            }

            var named = new OrganizationRequest(name);
            foreach (var parameter in request.Parameters)
            {
                named[parameter.Key] = parameter.Value;
            }

            request = named;
        }

        if (string.Equals(request.RequestName, RecalculateApi.ApiName, StringComparison.OrdinalIgnoreCase))
        {
            // One call is one bounded slice: drive the run to the end, as the command bar and spm do.
            var mark = _org.ServiceCalls.Total;
            RecalculateRun.ToEnd(
                _org.Service,
                request.Parameters.TryGetValue(RecalculateApi.PeriodParameter, out var period) ? period as EntityReference : null,
                request.Parameters.TryGetValue(RecalculateApi.OwnerParameter, out var owner) ? owner as EntityReference : null,
                progress: slice =>
                {
                    _sliceCalls.Add(_org.ServiceCalls.Total - mark);
                    mark = _org.ServiceCalls.Total;
                    RecalculationProgress?.Invoke(slice);
                });
        }
        else
        {
            _org.Service.Execute(request);
        }

        if (_org.PendingAsyncSteps > 0)
        {
            _org.DrainAsync();
        }

        return true;
    }

    private void EnsurePeriod(Entity generated, Entity row)
    {
        var query = new QueryExpression("spm_period") { ColumnSet = new ColumnSet("spm_code"), TopCount = 1 };
        query.Criteria.AddCondition("spm_code", ConditionOperator.Equal, row["spm_code"]);
        var existing = _org.Service.RetrieveMultiple(query).Entities.FirstOrDefault();
        if (existing is not null)
        {
            _ids.Add(generated.Id, existing.Id);
            return;
        }

        _org.Service.Create(row);
    }
}
