using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Demo.Running;

/// <summary>Generator ids of rows the organisation named itself (users, teams, units, generated periods) → the organisation's ids.</summary>
internal sealed class IdMap
{
    private readonly Dictionary<Guid, Guid> _map = [];

    public void Add(Guid generated, Guid actual) => _map[generated] = actual;

    public Guid Map(Guid id) => _map.TryGetValue(id, out var actual) ? actual : id;

    /// <summary>A copy of the request with every id (references, row ids, id arrays) mapped.</summary>
    public OrganizationRequest Remap(OrganizationRequest request)
    {
        var copy = new OrganizationRequest(request.RequestName);
        foreach (var parameter in request.Parameters)
        {
            copy[parameter.Key] = Value(parameter.Value);
        }

        return copy;
    }

    public Entity Remap(Entity row)
    {
        var copy = new Entity(row.LogicalName, Map(row.Id));
        foreach (var attribute in row.Attributes)
        {
            copy[attribute.Key] = Value(attribute.Value);
        }

        return copy;
    }

    private object? Value(object? value) => value switch
    {
        Entity row => Remap(row),
        EntityReference reference => new EntityReference(reference.LogicalName, Map(reference.Id)),
        Guid id => Map(id),
        Guid[] ids => ids.Select(Map).ToArray(),
        _ => value,
    };
}
