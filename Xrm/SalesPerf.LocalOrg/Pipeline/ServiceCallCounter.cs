using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.LocalOrg.Pipeline;

/// <summary>
/// Organisation-service calls made by plug-ins through the services their factory handed out: the cost that
/// matters in a real organisation. Calls by the test or scenario itself are not counted.
/// </summary>
public sealed class ServiceCallCounter
{
    private readonly Dictionary<string, int> _byPlugin = [];
    private readonly Dictionary<(string PluginType, string Message), int> _byPluginAndMessage = [];
    private readonly Dictionary<string, int> _rowsByPlugin = [];
    private readonly List<ServiceCall> _calls = [];

    public int Total { get; private set; }

    /// <summary>Keyed by the plug-in type's full name.</summary>
    public IReadOnlyDictionary<string, int> ByPlugin => _byPlugin;

    /// <summary>Keyed by plug-in type full name and the request name it sent (Create, RetrieveMultiple, ...).</summary>
    public IReadOnlyDictionary<(string PluginType, string Message), int> ByPluginAndMessage => _byPluginAndMessage;

    /// <summary>Rows returned to plug-ins: the entities of each RetrieveMultiple result (aggregate result rows for aggregates), one per Retrieve.</summary>
    public int RowsReturned { get; private set; }

    /// <summary><see cref="RowsReturned"/> keyed by the plug-in type's full name.</summary>
    public IReadOnlyDictionary<string, int> RowsReturnedByPlugin => _rowsByPlugin;

    /// <summary>Whether each call is also kept in <see cref="Calls"/> (off by default: a long run makes millions).</summary>
    public bool Recording { get; set; }

    /// <summary>The calls made while <see cref="Recording"/>, in the order they were sent.</summary>
    public IReadOnlyList<ServiceCall> Calls => _calls;

    public void Reset()
    {
        _calls.Clear();
        Total = 0;
        RowsReturned = 0;
        _byPlugin.Clear();
        _byPluginAndMessage.Clear();
        _rowsByPlugin.Clear();
    }

    internal void Count(string pluginType, OrganizationRequest request)
    {
        var message = request.RequestName ?? string.Empty;
        if (Recording)
        {
            var target = request.Parameters.TryGetValue("Target", out var t) ? t : null;
            _calls.Add(target switch
            {
                Entity entity => new ServiceCall(pluginType, message, entity.LogicalName, entity.Id),
                EntityReference reference => new ServiceCall(pluginType, message, reference.LogicalName, reference.Id),
                _ => new ServiceCall(pluginType, message, null, null),
            });
        }


        Total++;
        _byPlugin[pluginType] = _byPlugin.GetValueOrDefault(pluginType) + 1;
        _byPluginAndMessage[(pluginType, message)] = _byPluginAndMessage.GetValueOrDefault((pluginType, message)) + 1;
    }

    internal void CountRows(string pluginType, OrganizationResponse response)
    {
        var rows = ReturnedRows.Of(response);
        RowsReturned += rows;
        _rowsByPlugin[pluginType] = _rowsByPlugin.GetValueOrDefault(pluginType) + rows;
    }
}
