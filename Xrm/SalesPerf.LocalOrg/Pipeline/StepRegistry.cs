using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.LocalOrg.Pipeline;

/// <summary>
/// The organisation's steps, validated once (section 8.4) and matched by message, table, stage and mode.
/// Steps are plain objects here, never rows, so matching them cannot fire RetrieveMultiple steps.
/// </summary>
internal sealed class StepRegistry
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

    private readonly List<RegisteredStep> _steps = [];

    public StepRegistry(IEnumerable<StepRegistration> registrations)
        : this(registrations.Select(r => (r, string.Empty)))
    {
    }

    /// <summary>Steps with the unsecure configuration each is registered with (empty for none).</summary>
    public StepRegistry(IEnumerable<(StepRegistration Registration, string UnsecureConfiguration)> registrations)
    {
        var problems = new List<string>();
        foreach (var (registration, configuration) in registrations)
        {
            problems.AddRange(Validate(registration));
            _steps.Add(new RegisteredStep(registration, _steps.Count, configuration));
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("Illegal step registrations:" + Environment.NewLine + string.Join(Environment.NewLine, problems), nameof(registrations));
        }
    }

    public IReadOnlyList<RegisteredStep> Steps => _steps;

    /// <summary>Steps of one stage and mode for the given messages, in rank then registration order.</summary>
    public IReadOnlyList<RegisteredStep> Match(IReadOnlyList<string> messages, string primaryEntity, int stage, ExecutionMode mode) =>
        _steps.Where(s => (int)s.Registration.Stage == stage && s.Registration.Mode == mode)
            .Where(s => messages.Contains(s.Registration.Message, StringComparer.OrdinalIgnoreCase))
            .Where(s => IsAnyTable(s.Registration.PrimaryEntity)
                || string.Equals(s.Registration.PrimaryEntity, primaryEntity, StringComparison.OrdinalIgnoreCase))
            .OrderBy(s => s.Registration.Rank)
            .ThenBy(s => s.Order)
            .ToList();

    private static bool IsAnyTable(string? entity) => string.IsNullOrEmpty(entity) || entity == "*";

    private static IEnumerable<string> Validate(StepRegistration step)
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
