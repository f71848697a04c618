using System;
using System.Collections.Generic;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.LocalOrg.Registration;

/// <summary>What the platform refuses when a step is registered (section 8.4), checked when the import writes steps.</summary>
internal static class RegistrationRules
{
    private static readonly Dictionary<string, (bool Pre, bool Post)> ImageMessages = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Create"] = (false, true),
        ["Update"] = (true, true),
        ["Delete"] = (true, false),
        ["Assign"] = (true, true),
        ["SetState"] = (true, true),
        ["SetStateDynamicEntity"] = (true, true),
        ["Merge"] = (true, true),
        ["Route"] = (true, true),
        ["Send"] = (true, true),
        ["DeliverIncoming"] = (true, true),
        ["DeliverPromote"] = (true, true),
    };

    public static IEnumerable<string> Check(StepRegistration step)
    {
        var name = $"{step.PluginType.FullName} on {step.Message} of {step.PrimaryEntity} (stage {(int)step.Stage})";
        if (step.Stage is not (PipelineStage.PreValidation or PipelineStage.PreOperation or PipelineStage.PostOperation))
        {
            yield return $"{name}: steps register on stages 10, 20 or 40 only.";
        }

        if (step.Mode == ExecutionMode.Asynchronous && step.Stage != PipelineStage.PostOperation)
        {
            yield return $"{name}: asynchronous steps are allowed only in stage 40.";
        }

        if (step.FilteringAttributes.Count > 0 && !string.Equals(step.Message, "Update", StringComparison.OrdinalIgnoreCase))
        {
            yield return $"{name}: filtering attributes apply to Update steps only.";
        }

        if (step.Images.Count == 0)
        {
            yield break;
        }

        if (!ImageMessages.TryGetValue(step.Message, out var support))
        {
            yield return $"{name}: the {step.Message} message does not support images.";
            yield break;
        }

        foreach (var image in step.Images)
        {
            if (image.IsPreImage && !support.Pre)
            {
                yield return $"{name}: image '{image.EntityAlias}': {step.Message} has no pre-image.";
            }

            if (image.IsPostImage && !support.Post)
            {
                yield return $"{name}: image '{image.EntityAlias}': {step.Message} has no post-image.";
            }

            if (image.IsPostImage && step.Stage != PipelineStage.PostOperation)
            {
                yield return $"{name}: image '{image.EntityAlias}': post-images exist only in stage 40.";
            }
        }
    }
}
