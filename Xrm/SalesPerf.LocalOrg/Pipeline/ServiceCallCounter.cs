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

    public int Total { get; private set; }

    /// <summary>Keyed by the plug-in type's full name.</summary>
    public IReadOnlyDictionary<string, int> ByPlugin => _byPlugin;

    /// <summary>Keyed by plug-in type full name and the request name it sent (Create, RetrieveMultiple, ...).</summary>
    public IReadOnlyDictionary<(string PluginType, string Message), int> ByPluginAndMessage => _byPluginAndMessage;

    /// <summary>Rows returned to plug-ins: the entities of each RetrieveMultiple result (aggregate result rows for aggregates), one per Retrieve.</summary>
    public int RowsReturned { get; private set; }

    /// <summary><see cref="RowsReturned"/> keyed by the plug-in type's full name.</summary>
    public IReadOnlyDictionary<string, int> RowsReturnedByPlugin => _rowsByPlugin;

    public void Reset()
    {
        Total = 0;
        RowsReturned = 0;
        _byPlugin.Clear();
        _byPluginAndMessage.Clear();
        _rowsByPlugin.Clear();
    }

    internal void Count(string pluginType, string message)
    {
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
