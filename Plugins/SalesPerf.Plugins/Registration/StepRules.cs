using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace SalesPerf.Plugins.Registration;

/// <summary>
/// Dataverse's registration rules for steps (semantics doc 1.1, 1.6, 1.7; solution format 9.3, 9.5).
/// Images are allowed only on the messages the platform snapshots a row for (Assign, Create, Delete, DeliverIncoming,
/// DeliverPromote, Merge, Route, Send, SetState, SetStateDynamicEntity, Update); a step on any other message, such as
/// Win, Lose or Associate, has no Target row to snapshot and must read the row itself.
/// </summary>
internal static class StepRules
{
    public static List<string> Check(IReadOnlyList<StepRegistration> steps)
    {
        var violations = new List<string>();

        foreach (var duplicate in steps.GroupBy(step => step.Id).Where(group => group.Count() > 1))
        {
            violations.Add(Format(
                "Steps {0} share the id {1}; every step needs its own fixed id.",
                string.Join(", ", duplicate.Select(step => "'" + step.Name + "'")),
                duplicate.Key));
        }

        foreach (var step in steps)
        {
            CheckStep(step, violations);
        }

        return violations;
    }

    private static void CheckStep(StepRegistration step, List<string> violations)
    {
        void Add(string format, params object[] args) =>
            violations.Add(Format("Step '{0}' ({1}): ", step.Name, step.Id) + Format(format, args));

        if (step.Id == Guid.Empty)
        {
            Add("the id is empty; write a fixed GUID in the attribute.");
        }

        if (string.IsNullOrWhiteSpace(step.Message))
        {
            Add("the message is empty.");
        }

        if (string.IsNullOrWhiteSpace(step.PrimaryEntity))
        {
            Add("the primary entity is empty; name the table, or '{0}' for every table.", PluginCatalog.AnyEntity);
        }

        if (step.Stage is not (PipelineStage.PreValidation or PipelineStage.PreOperation or PipelineStage.PostOperation))
        {
            Add("stage {0} cannot be registered; use PreValidation (10), PreOperation (20) or PostOperation (40).", (int)step.Stage);
        }

        if (step.Mode is not (ExecutionMode.Synchronous or ExecutionMode.Asynchronous))
        {
            Add("mode {0} does not exist; use Synchronous (0) or Asynchronous (1).", (int)step.Mode);
        }

        if (step.Mode == ExecutionMode.Asynchronous && step.Stage != PipelineStage.PostOperation)
        {
            Add("an asynchronous step must run in PostOperation (40), not in stage {0}.", (int)step.Stage);
        }

        CheckFilteringAttributes(step, Add);
        CheckImages(step, Add);
    }

    private static void CheckFilteringAttributes(StepRegistration step, Action<string, object[]> add)
    {
        if (step.FilteringAttributes.Count == 0)
        {
            return;
        }

        if (!string.Equals(step.Message, MessageNames.Update, StringComparison.Ordinal))
        {
            add("filtering attributes apply only to Update; a {0} step ignores them. Remove them.", [step.Message]);
        }

        if (step.FilteringAttributes.Any(string.IsNullOrWhiteSpace))
        {
            add("a filtering attribute is blank.", []);
        }

        foreach (var column in Duplicates(step.FilteringAttributes))
        {
            add("the filtering attribute '{0}' is listed twice.", [column]);
        }
    }

    private static void CheckImages(StepRegistration step, Action<string, object[]> add)
    {
        if (step.Images.Count == 0)
        {
            return;
        }

        if (!ImageMessageProperties.Supports(step.Message))
        {
            add("the {0} message has no row for the platform to snapshot, so it cannot have images; read the row in the plug-in.", [step.Message]);
        }

        foreach (var image in step.Images)
        {
            CheckImage(step, image, add);
        }

        foreach (var name in Duplicates(step.Images.Select(image => image.Name)))
        {
            add("two images are named '{0}'; image names must be unique per step.", [name]);
        }

        foreach (var alias in Duplicates(step.Images.Select(image => image.EntityAlias)))
        {
            add("two images use the alias '{0}'; aliases must be unique per step.", [alias]);
        }
    }

    private static void CheckImage(StepRegistration step, ImageRegistration image, Action<string, object[]> add)
    {
        if (string.IsNullOrWhiteSpace(image.Name) || string.IsNullOrWhiteSpace(image.EntityAlias))
        {
            add("an image has an empty name or alias.", []);
        }

        if (image.Attributes.Count == 0)
        {
            add("image '{0}' lists no columns; name the columns it needs (an empty list snapshots the whole row).", [image.Name]);
        }
        else if (image.Attributes.Any(string.IsNullOrWhiteSpace))
        {
            add("image '{0}' lists a blank column.", [image.Name]);
        }

        if (image.IsPreImage && string.Equals(step.Message, MessageNames.Create, StringComparison.Ordinal))
        {
            add("pre-image '{0}' is not available on Create: the row does not exist before the operation.", [image.Name]);
        }

        if (image.IsPostImage && string.Equals(step.Message, MessageNames.Delete, StringComparison.Ordinal))
        {
            add("post-image '{0}' is not available on Delete: the row no longer exists after the operation.", [image.Name]);
        }

        if (image.IsPostImage && step.Stage != PipelineStage.PostOperation)
        {
            add("post-image '{0}' is available only in PostOperation (40), not in stage {1}.", [image.Name, (int)step.Stage]);
        }
    }

    private static IEnumerable<string> Duplicates(IEnumerable<string> values) =>
        values.GroupBy(value => value, StringComparer.OrdinalIgnoreCase).Where(group => group.Count() > 1).Select(group => group.Key);

    private static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
