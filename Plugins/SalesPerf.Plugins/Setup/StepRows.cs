using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.Plugins.Setup;

/// <summary>
/// The <c>sdkmessageprocessingstep</c> and <c>sdkmessageprocessingstepimage</c> rows a declared step is registered as,
/// with its fixed ids (the declared step id; <see cref="StepImageIds"/> for images), and the columns that differ from
/// an existing row. The setup API and the local organisation's import both write steps through it.
/// </summary>
public static class StepRows
{
    public static IReadOnlyList<string> Columns { get; } = new[]
    {
        RegistrationTables.StepName, RegistrationTables.StepDescription, RegistrationTables.PluginTypeId,
        RegistrationTables.StepEventHandler, RegistrationTables.MessageId, RegistrationTables.FilterId,
        RegistrationTables.StepStage, RegistrationTables.StepMode, RegistrationTables.StepRank,
        RegistrationTables.StepSupportedDeployment, RegistrationTables.StepFilteringAttributes, RegistrationTables.StepAsyncAutoDelete,
    };

    public static IReadOnlyList<string> ImageColumns { get; } = new[]
    {
        RegistrationTables.StepId, RegistrationTables.ImageType, RegistrationTables.ImageMessageProperty,
        RegistrationTables.ImageName, RegistrationTables.ImageAlias, RegistrationTables.ImageAttributes,
    };

    /// <summary>The step row of <paramref name="step"/> with the organisation's ids of its message, table filter (null: every table) and plug-in type.</summary>
    public static Entity Step(StepRegistration step, Guid messageId, Guid? filterId, Guid pluginTypeId)
    {
        if (step is null)
        {
            throw new ArgumentNullException(nameof(step));
        }

        var pluginType = new EntityReference(RegistrationTables.PluginType, pluginTypeId);
        var row = new Entity(RegistrationTables.Step, step.Id)
        {
            [RegistrationTables.StepName] = step.Name,
            [RegistrationTables.StepDescription] = step.Description,
            [RegistrationTables.PluginTypeId] = pluginType,
            [RegistrationTables.StepEventHandler] = pluginType,
            [RegistrationTables.MessageId] = new EntityReference(RegistrationTables.Message, messageId),
            [RegistrationTables.FilterId] = filterId is Guid filter ? new EntityReference(RegistrationTables.Filter, filter) : null,
            [RegistrationTables.StepStage] = new OptionSetValue((int)step.Stage),
            [RegistrationTables.StepMode] = new OptionSetValue((int)step.Mode),
            [RegistrationTables.StepRank] = step.Rank,
            [RegistrationTables.StepSupportedDeployment] = new OptionSetValue(RegistrationTables.ServerOnly),
            [RegistrationTables.StepFilteringAttributes] = step.FilteringAttributes.Count == 0 ? null : string.Join(",", step.FilteringAttributes),
        };
        if (step.Mode == ExecutionMode.Asynchronous)
        {
            row[RegistrationTables.StepAsyncAutoDelete] = false;
        }

        return row;
    }

    /// <summary>The image rows of <paramref name="step"/>, each with its fixed id (<see cref="StepImageIds"/>).</summary>
    public static IReadOnlyList<Entity> Images(StepRegistration step) =>
        (step ?? throw new ArgumentNullException(nameof(step))).Images.Select(image => new Entity(RegistrationTables.Image, StepImageIds.For(step.Id, image.EntityAlias))
        {
            [RegistrationTables.StepId] = new EntityReference(RegistrationTables.Step, step.Id),
            [RegistrationTables.ImageType] = new OptionSetValue((int)image.Type),
            [RegistrationTables.ImageMessageProperty] = ImageMessageProperties.For(step.Message),
            [RegistrationTables.ImageName] = image.Name,
            [RegistrationTables.ImageAlias] = image.EntityAlias,
            [RegistrationTables.ImageAttributes] = string.Join(",", image.Attributes),
        }).ToList();

    /// <summary>The columns of <paramref name="desired"/> whose value <paramref name="existing"/> does not hold; null when none differs.</summary>
    public static Entity? Differences(Entity desired, Entity existing)
    {
        if (desired is null || existing is null)
        {
            throw new ArgumentNullException(desired is null ? nameof(desired) : nameof(existing));
        }

        var update = new Entity(desired.LogicalName, desired.Id);
        foreach (var column in desired.Attributes.Where(a => !Same(a.Value, existing.Contains(a.Key) ? existing[a.Key] : null)))
        {
            update[column.Key] = column.Value;
        }

        return update.Attributes.Count == 0 ? null : update;
    }

    private static bool Same(object? desired, object? existing)
    {
        if (desired is EntityReference desiredReference && existing is EntityReference existingReference)
        {
            return desiredReference.Id == existingReference.Id;
        }

        if (desired is OptionSetValue desiredOption && existing is OptionSetValue existingOption)
        {
            return desiredOption.Value == existingOption.Value;
        }

        return Equals(Blank(desired), Blank(existing));
    }

    /// <summary>An empty text and no value are the same column value.</summary>
    private static object? Blank(object? value) => value is string { Length: 0 } ? null : value;
}
