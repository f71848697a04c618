using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Plugins.Registration;

/// <summary>
/// The one reader of step and custom API declarations: the packer, the emulator and the plug-ins' runtime guard
/// all call it, so they cannot disagree about what is registered.
/// </summary>
public static class PluginCatalog
{
    /// <summary>The primary entity of a step that runs for every table (and of unbound custom API contexts).</summary>
    public const string AnyEntity = "none";

    /// <summary>All steps declared by the concrete plug-in classes of <paramref name="assembly"/>, in a stable order.</summary>
    public static IReadOnlyList<StepRegistration> ReadSteps(Assembly assembly)
    {
        if (assembly is null)
        {
            throw new ArgumentNullException(nameof(assembly));
        }

        return PluginTypes(assembly).SelectMany(ReadSteps).ToList().AsReadOnly();
    }

    /// <summary>The steps declared on one plug-in class, in a stable order.</summary>
    /// <exception cref="InvalidOperationException">A step id is not a GUID, or an image names a step the class does not declare.</exception>
    public static IReadOnlyList<StepRegistration> ReadSteps(Type pluginType)
    {
        if (pluginType is null)
        {
            throw new ArgumentNullException(nameof(pluginType));
        }

        var images = pluginType.GetCustomAttributes<StepImageAttribute>(inherit: false).ToList();
        var steps = pluginType.GetCustomAttributes<StepAttribute>(inherit: false)
            .Select(step => ToRegistration(pluginType, step, images))
            .OrderBy(step => step.Message, StringComparer.Ordinal)
            .ThenBy(step => step.PrimaryEntity, StringComparer.Ordinal)
            .ThenBy(step => step.Stage)
            .ThenBy(step => step.Mode)
            .ThenBy(step => step.Rank)
            .ThenBy(step => step.Id)
            .ToList();

        var orphan = images.FirstOrDefault(image => !steps.Any(step => step.Id == ParseId(pluginType, image.StepId)));
        if (orphan is not null)
        {
            throw new InvalidOperationException(string.Format(
                CultureInfo.InvariantCulture,
                "{0}: image '{1}' refers to step {2}, which the class does not declare.",
                pluginType.FullName,
                orphan.Name,
                orphan.StepId));
        }

        return steps.AsReadOnly();
    }

    /// <summary>All custom APIs declared by the concrete plug-in classes of <paramref name="assembly"/>, by unique name.</summary>
    public static IReadOnlyList<CustomApiRegistration> ReadCustomApis(Assembly assembly)
    {
        if (assembly is null)
        {
            throw new ArgumentNullException(nameof(assembly));
        }

        return PluginTypes(assembly)
            .Select(ReadCustomApi)
            .OfType<CustomApiRegistration>()
            .OrderBy(api => api.UniqueName, StringComparer.Ordinal)
            .ToList()
            .AsReadOnly();
    }

    /// <summary>The custom API whose main operation is <paramref name="pluginType"/>, or null when it declares none.</summary>
    public static CustomApiRegistration? ReadCustomApi(Type pluginType)
    {
        if (pluginType is null)
        {
            throw new ArgumentNullException(nameof(pluginType));
        }

        var api = pluginType.GetCustomAttribute<CustomApiAttribute>(inherit: false);
        if (api is null)
        {
            return null;
        }

        var requests = pluginType.GetCustomAttributes<CustomApiRequestParameterAttribute>(inherit: false)
            .Select(p => new CustomApiParameter(p.UniqueName, p.Type, p.IsOptional, p.Description)
            {
                LogicalEntityName = p.LogicalEntityName,
                DisplayName = p.DisplayName,
                ChineseDisplayName = p.ChineseDisplayName,
                ChineseDescription = p.ChineseDescription,
            })
            .OrderBy(p => p.UniqueName, StringComparer.Ordinal)
            .ToList();
        var responses = pluginType.GetCustomAttributes<CustomApiResponsePropertyAttribute>(inherit: false)
            .Select(p => new CustomApiParameter(p.UniqueName, p.Type, false, p.Description)
            {
                LogicalEntityName = p.LogicalEntityName,
                DisplayName = p.DisplayName,
                ChineseDisplayName = p.ChineseDisplayName,
                ChineseDescription = p.ChineseDescription,
            })
            .OrderBy(p => p.UniqueName, StringComparer.Ordinal)
            .ToList();

        return new CustomApiRegistration(api.UniqueName, pluginType, api.IsFunction, requests.AsReadOnly(), responses.AsReadOnly())
        {
            DisplayName = api.DisplayName.Length == 0 ? api.UniqueName : api.DisplayName,
            Description = api.Description,
            ChineseDisplayName = api.ChineseDisplayName,
            ChineseDescription = api.ChineseDescription,
            BindingType = api.BindingType,
            BoundEntityLogicalName = api.BoundEntityLogicalName,
            AllowedProcessingStepType = api.AllowedProcessingStepType,
            IsPrivate = api.IsPrivate,
            ExecutePrivilegeName = api.ExecutePrivilegeName,
            EnabledForWorkflow = api.EnabledForWorkflow,
        };
    }

    /// <summary>Every way the steps break Dataverse's registration rules, as readable sentences; empty when they are legal.</summary>
    public static IReadOnlyList<string> Validate(IEnumerable<StepRegistration> steps)
    {
        if (steps is null)
        {
            throw new ArgumentNullException(nameof(steps));
        }

        return StepRules.Check(steps.ToList()).AsReadOnly();
    }

    /// <summary>Every way the custom APIs break Dataverse's rules, as readable sentences; empty when they are legal.</summary>
    public static IReadOnlyList<string> ValidateCustomApis(IEnumerable<CustomApiRegistration> apis)
    {
        if (apis is null)
        {
            throw new ArgumentNullException(nameof(apis));
        }

        return CustomApiRules.Check(apis.ToList()).AsReadOnly();
    }

    /// <summary>The concrete plug-in classes of <paramref name="assembly"/>, by full name: what the platform registers as plugintype rows.</summary>
    public static IEnumerable<Type> PluginTypes(Assembly assembly) =>
        assembly.GetTypes()
            .Where(type => type.IsClass && !type.IsAbstract && typeof(IPlugin).IsAssignableFrom(type))
            .OrderBy(type => type.FullName, StringComparer.Ordinal);

    private static StepRegistration ToRegistration(Type pluginType, StepAttribute step, IReadOnlyList<StepImageAttribute> images)
    {
        var id = ParseId(pluginType, step.Id);
        var ownImages = images
            .Where(image => ParseId(pluginType, image.StepId) == id)
            .OrderBy(image => image.Name, StringComparer.Ordinal)
            .Select(image => new ImageRegistration(
                image.Name,
                image.Alias.Length == 0 ? image.Name : image.Alias,
                image.Type,
                Array.AsReadOnly(image.Attributes.ToArray())))
            .ToList();
        var name = step.Name.Length != 0
            ? step.Name
            : string.Format(CultureInfo.InvariantCulture, "{0}: {1} of {2}", pluginType.FullName, step.Message, step.PrimaryEntity);

        return new StepRegistration(
            id,
            pluginType,
            step.Message,
            step.PrimaryEntity,
            step.Stage,
            step.Mode,
            step.Rank,
            Array.AsReadOnly((step.FilteringAttributes ?? []).ToArray()),
            ownImages.AsReadOnly(),
            name,
            step.Description)
        {
            Nesting = step.Nesting,
        };
    }

    private static Guid ParseId(Type pluginType, string id)
    {
        if (!Guid.TryParse(id, out var parsed))
        {
            throw new InvalidOperationException(string.Format(
                CultureInfo.InvariantCulture,
                "{0}: step id '{1}' is not a GUID. Write a fixed GUID in the attribute.",
                pluginType.FullName,
                id));
        }

        return parsed;
    }
}
