using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.Plugins.Registration;
using SalesPerf.SolutionModel;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Scenarios;

/// <summary>What a scenario is checked and converted against: the tables and the custom APIs of the solution.</summary>
public sealed class ScenarioSchema
{
    private readonly Dictionary<string, TableDefinition> _tables;
    private readonly Dictionary<string, CustomApiRegistration> _apis;

    public ScenarioSchema(IEnumerable<TableDefinition> tables, IEnumerable<CustomApiRegistration> customApis)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(customApis);
        Tables = tables.ToList().AsReadOnly();
        CustomApis = customApis.ToList().AsReadOnly();
        _tables = Tables.ToDictionary(t => t.LogicalName, StringComparer.Ordinal);
        _apis = CustomApis.ToDictionary(a => a.UniqueName, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<TableDefinition> Tables { get; }

    public IReadOnlyList<CustomApiRegistration> CustomApis { get; }

    /// <summary>The repository's solution source and the SalesPerf.Plugins assembly's custom APIs.</summary>
    public static ScenarioSchema FromRepository(string startDirectory) => new(
        SolutionMetadata.LoadFromRepository(startDirectory).Tables,
        PluginCatalog.ReadCustomApis(typeof(PluginCatalog).Assembly));

    public TableDefinition? FindTable(string logicalName) => _tables.GetValueOrDefault(logicalName);

    public CustomApiRegistration? FindCustomApi(string name) => _apis.GetValueOrDefault(name);
}
