using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg.Registration;
using SalesPerf.LocalOrg.Store;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.LocalOrg.Pipeline;

/// <summary>
/// The organisation's enabled steps, read from its sdkmessageprocessingstep rows (with their message, filter, plug-in
/// type and image rows) and matched by message, table, stage and mode. The rows are read straight from the store,
/// never through the pipeline, so matching cannot fire RetrieveMultiple steps. The steps are read again whenever one
/// of those tables changes, a rollback included, so a step created, updated, disabled or rolled back through the
/// organisation service fires (or stops firing) like an imported one.
/// </summary>
internal sealed class StepRegistry
{
    private readonly OrganizationState _org;
    private readonly PluginTypeMap _types;
    private Dictionary<Guid, RegisteredStep> _byId = [];
    private List<RegisteredStep> _steps = [];
    private long _revision = -1;

    public StepRegistry(OrganizationState org, PluginTypeMap types)
    {
        _org = org;
        _types = types;
    }

    public IReadOnlyList<RegisteredStep> Steps
    {
        get
        {
            Refresh();
            return _steps;
        }
    }

    /// <summary>Steps of one stage and mode for the given messages, in rank then registration order.</summary>
    public IReadOnlyList<RegisteredStep> Match(IReadOnlyList<string> messages, string primaryEntity, int stage, ExecutionMode mode) =>
        Steps.Where(s => (int)s.Registration.Stage == stage && s.Registration.Mode == mode)
            .Where(s => messages.Contains(s.Registration.Message, StringComparer.OrdinalIgnoreCase))
            .Where(s => IsAnyTable(s.Registration.PrimaryEntity)
                || string.Equals(s.Registration.PrimaryEntity, primaryEntity, StringComparison.OrdinalIgnoreCase))
            .OrderBy(s => s.Registration.Rank)
            .ThenBy(s => s.Order)
            .ToList();

    private static bool IsAnyTable(string? entity) => string.IsNullOrEmpty(entity) || entity is "*" or PluginCatalog.AnyEntity;

    private void Refresh()
    {
        var revision = RegistrationTableNames.StepDefinition.Sum(_org.Store.Revision);
        if (revision == _revision)
        {
            return;
        }

        var store = _org.Store;
        var messages = store.Rows(RegistrationTableNames.Message).ToDictionary(r => r.Id, r => r.GetAttributeValue<string>("name"));
        var filters = store.Rows(RegistrationTableNames.Filter).ToDictionary(r => r.Id, r => r.GetAttributeValue<string>("primaryobjecttypecode"));
        var types = store.Rows(RegistrationTableNames.PluginType).ToDictionary(r => r.Id, r => r.GetAttributeValue<string>("typename"));
        var images = store.Rows(RegistrationTableNames.Image)
            .ToLookup(r => r.GetAttributeValue<EntityReference>("sdkmessageprocessingstepid")?.Id ?? Guid.Empty);

        var steps = new List<RegisteredStep>();
        var byId = new Dictionary<Guid, RegisteredStep>();
        foreach (var row in store.Rows(RegistrationTableNames.Step).Where(r => (r.GetAttributeValue<OptionSetValue>("statecode")?.Value ?? 0) == 0))
        {
            var registration = Registration(row, messages, filters, types, images[row.Id]);
            var step = new RegisteredStep(registration, steps.Count, row.GetAttributeValue<string>("configuration") ?? string.Empty, _byId.GetValueOrDefault(row.Id));
            steps.Add(step);
            byId[row.Id] = step;
        }

        _steps = steps;
        _byId = byId;
        _revision = revision;
    }

    private StepRegistration Registration(
        Entity row,
        Dictionary<Guid, string> messages,
        Dictionary<Guid, string> filters,
        Dictionary<Guid, string> types,
        IEnumerable<Entity> images)
    {
        var handler = row.GetAttributeValue<EntityReference>("eventhandler") ?? row.GetAttributeValue<EntityReference>("plugintypeid");
        var typeName = handler is null ? null : types.GetValueOrDefault(handler.Id);
        var type = _types.Find(typeName)
            ?? throw new InvalidOperationException($"Step {row.Id} ('{row.GetAttributeValue<string>("name")}') names no plug-in type of an imported assembly ({typeName ?? "none"}).");
        var message = row.GetAttributeValue<EntityReference>("sdkmessageid") is { } m && messages.TryGetValue(m.Id, out var name)
            ? name
            : throw new InvalidOperationException($"Step {row.Id} ('{row.GetAttributeValue<string>("name")}') names no sdkmessage of the organisation.");
        var filter = row.GetAttributeValue<EntityReference>("sdkmessagefilterid");
        var table = filter is null ? PluginCatalog.AnyEntity : filters.GetValueOrDefault(filter.Id) ?? PluginCatalog.AnyEntity;
        return new StepRegistration(
            row.Id,
            type,
            message,
            table,
            (PipelineStage)(row.GetAttributeValue<OptionSetValue>("stage")?.Value ?? 0),
            (ExecutionMode)(row.GetAttributeValue<OptionSetValue>("mode")?.Value ?? 0),
            row.GetAttributeValue<int?>("rank") ?? 1,
            Split(row.GetAttributeValue<string>("filteringattributes")),
            images.Select(Image).ToList(),
            row.GetAttributeValue<string>("name") ?? string.Empty,
            row.GetAttributeValue<string>("description") ?? string.Empty);
    }

    private static ImageRegistration Image(Entity row) => new(
        row.GetAttributeValue<string>("name") ?? string.Empty,
        row.GetAttributeValue<string>("entityalias") ?? row.GetAttributeValue<string>("name") ?? string.Empty,
        (ImageType)(row.GetAttributeValue<OptionSetValue>("imagetype")?.Value ?? 0),
        Split(row.GetAttributeValue<string>("attributes")));

    private static IReadOnlyList<string> Split(string? columns) =>
        string.IsNullOrWhiteSpace(columns) ? [] : columns.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
