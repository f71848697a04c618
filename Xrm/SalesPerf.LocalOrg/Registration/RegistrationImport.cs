using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg.Store;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Setup;

namespace SalesPerf.LocalOrg.Registration;

/// <summary>
/// What a new organisation and the solution's import write as rows, outside the pipeline: one sdkmessage row per
/// message the organisation handles, with an id generated here (never the public ids, so no code can depend on a
/// guessed id) and its sdkmessagefilter rows; the solution; the plug-in assembly and one plugintype row per plug-in
/// class; and the steps the zip carries as sdkmessageprocessingstep and sdkmessageprocessingstepimage rows with their
/// declared ids.
/// </summary>
internal sealed class RegistrationImport
{
    private readonly OrganizationState _org;
    private readonly PluginTypeMap _types;
    private readonly Dictionary<string, Guid> _messages = new(StringComparer.Ordinal);
    private readonly Dictionary<(Guid Message, string Table), Guid> _filters = [];
    private readonly Dictionary<Assembly, Guid> _assemblies = [];

    public RegistrationImport(OrganizationState org, PluginTypeMap types)
    {
        _org = org;
        _types = types;
    }

    public void SeedMessages(IEnumerable<SdkMessageDefinition> messages)
    {
        foreach (var message in messages.Where(m => !_messages.ContainsKey(m.Name)))
        {
            var id = Guid.NewGuid();
            _messages[message.Name] = id;
            _org.Writer.InsertSeed(new Entity(RegistrationTableNames.Message, id) { ["name"] = message.Name });
            foreach (var table in message.Tables.Distinct(StringComparer.Ordinal))
            {
                var filterId = Guid.NewGuid();
                _filters[(id, table)] = filterId;
                _org.Writer.InsertSeed(new Entity(RegistrationTableNames.Filter, filterId)
                {
                    ["name"] = message.Name + " of " + table,
                    ["sdkmessageid"] = new EntityReference(RegistrationTableNames.Message, id),
                    ["primaryobjecttypecode"] = table,
                });
            }
        }
    }

    /// <summary>The solution row of the import (unmanaged unless <paramref name="managed"/>).</summary>
    public void SeedSolution(string uniqueName, string friendlyName, string version, bool managed) =>
        _org.Writer.InsertSeed(new Entity(RegistrationTableNames.Solution, Guid.NewGuid())
        {
            ["uniquename"] = uniqueName,
            ["friendlyname"] = friendlyName,
            ["version"] = version,
            ["ismanaged"] = managed,
        });

    /// <summary>The pluginassembly row of each assembly and a plugintype row per plug-in class of <paramref name="types"/>.</summary>
    public void SeedPluginTypes(IEnumerable<Type> types)
    {
        foreach (var type in types.Where(t => _types.Find(PluginTypeMap.NameOf(t)) is null))
        {
            var assembly = AssemblyRow(type.Assembly);
            _types.Add(type);
            _org.Writer.InsertSeed(new Entity(RegistrationTableNames.PluginType, Guid.NewGuid())
            {
                ["name"] = PluginTypeMap.NameOf(type),
                ["typename"] = PluginTypeMap.NameOf(type),
                ["pluginassemblyid"] = new EntityReference(RegistrationTableNames.Assembly, assembly),
            });
        }
    }

    /// <summary>Writes each step (validated first, as the platform refuses an illegal registration) and its images as rows.</summary>
    public void ImportSteps(IReadOnlyList<StepRegistration> steps)
    {
        var problems = steps.SelectMany(RegistrationRules.Check).ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Illegal step registrations:" + Environment.NewLine + string.Join(Environment.NewLine, problems), nameof(steps));
        }

        SeedPluginTypes(steps.Select(s => s.PluginType).Distinct());
        foreach (var step in steps)
        {
            _org.Writer.InsertSeed(StepRow(step));
            foreach (var image in StepRows.Images(step))
            {
                _org.Writer.InsertSeed(image);
            }
        }
    }

    private Entity StepRow(StepRegistration step)
    {
        var name = $"{step.PluginType.FullName} on {step.Message} of {step.PrimaryEntity}";
        if (!_messages.TryGetValue(step.Message, out var message))
        {
            throw new ArgumentException($"{name}: the organisation has no sdkmessage '{step.Message}'.", nameof(step));
        }

        var anyTable = string.IsNullOrEmpty(step.PrimaryEntity) || step.PrimaryEntity is PluginCatalog.AnyEntity or "*";
        Guid? filter = null;
        if (!anyTable)
        {
            filter = _filters.TryGetValue((message, step.PrimaryEntity), out var found)
                ? found
                : throw new ArgumentException($"{name}: the message '{step.Message}' has no sdkmessagefilter for '{step.PrimaryEntity}'.", nameof(step));
        }

        var pluginType = _org.Store.Rows(RegistrationTableNames.PluginType)
            .First(r => r.GetAttributeValue<string>("typename") == PluginTypeMap.NameOf(step.PluginType));
        return StepRows.Step(step, message, filter, pluginType.Id);
    }

    private Guid AssemblyRow(Assembly assembly)
    {
        if (!_assemblies.TryGetValue(assembly, out var id))
        {
            id = Guid.NewGuid();
            _assemblies[assembly] = id;
            var name = assembly.GetName();
            _org.Writer.InsertSeed(new Entity(RegistrationTableNames.Assembly, id)
            {
                ["name"] = name.Name,
                ["version"] = name.Version?.ToString(),
            });
        }

        return id;
    }
}
