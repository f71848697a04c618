using System;
using System.Collections.Generic;
using System.Linq;

namespace SalesPerf.Plugins.Registration;

/// <summary>
/// The unsecure configuration SalesPerf gives a step (<c>SdkMessageProcessingStep/Configuration</c>; Dataverse passes
/// it to the plug-in's <c>(string unsecureConfiguration, string secureConfiguration)</c> constructor). It names the
/// close messages of the step's table whose own steps the package leaves out, because their SDK message ids are not
/// confirmed: <c>closesWithoutStep=Lose,Win</c>. A nested Update or SetState step that would otherwise stand aside
/// for the close's step then does the close's work itself. The packer and the local organisation both call
/// <see cref="For"/>, and the plug-ins call <see cref="TryParse"/>, so writer and reader cannot disagree.
/// </summary>
public sealed class StepConfiguration
{
    public const string ClosesWithoutStepKey = "closesWithoutStep";

    /// <summary>The messages that close a row with a close activity and, inside, change its state.</summary>
    public static IReadOnlyList<string> CloseMessages { get; } = Array.AsReadOnly(new[]
    {
        MessageNames.CancelSalesOrder, MessageNames.FulfillSalesOrder, MessageNames.Lose, MessageNames.Win,
    });

    /// <summary>The messages a close may apply its change with (semantics doc 8.4: which one is not verified).</summary>
    public static IReadOnlyList<string> NestedMessages { get; } = Array.AsReadOnly(new[]
    {
        MessageNames.Update, MessageNames.SetState, MessageNames.SetStateDynamicEntity,
    });

    private StepConfiguration(IReadOnlyList<string> closesWithoutStep) => ClosesWithoutStep = closesWithoutStep;

    /// <summary>No configuration: every close message has its own step.</summary>
    public static StepConfiguration None { get; } = new(Array.AsReadOnly(Array.Empty<string>()));

    /// <summary>The close messages without a step of their own, in ordinal order.</summary>
    public IReadOnlyList<string> ClosesWithoutStep { get; }

    public bool HasNoStep(string closeMessage) => ClosesWithoutStep.Contains(closeMessage, StringComparer.Ordinal);

    /// <summary>A configuration naming <paramref name="closesWithoutStep"/> (only close messages).</summary>
    public static StepConfiguration Of(IEnumerable<string> closesWithoutStep)
    {
        if (closesWithoutStep is null)
        {
            throw new ArgumentNullException(nameof(closesWithoutStep));
        }

        var messages = closesWithoutStep.Distinct(StringComparer.Ordinal).OrderBy(m => m, StringComparer.Ordinal).ToArray();
        var unknown = messages.FirstOrDefault(m => !CloseMessages.Contains(m, StringComparer.Ordinal));
        if (unknown is not null)
        {
            throw new ArgumentException("'" + unknown + "' is not a close message (" + string.Join(", ", CloseMessages) + ").", nameof(closesWithoutStep));
        }

        return messages.Length == 0 ? None : new StepConfiguration(Array.AsReadOnly(messages));
    }

    /// <summary>The text of the configuration: empty when there is nothing to say, else <c>closesWithoutStep=A,B</c>.</summary>
    public string Write() =>
        ClosesWithoutStep.Count == 0 ? string.Empty : ClosesWithoutStepKey + "=" + string.Join(",", ClosesWithoutStep);

    /// <summary>
    /// Reads a step's unsecure configuration. Null or blank is <see cref="None"/>; otherwise exactly
    /// <c>closesWithoutStep=</c> followed by close messages separated by commas. False for anything else.
    /// </summary>
    public static bool TryParse(string? text, out StepConfiguration configuration)
    {
        configuration = None;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var separator = text!.IndexOf('=');
        if (separator < 0 || !string.Equals(text.Substring(0, separator).Trim(), ClosesWithoutStepKey, StringComparison.Ordinal))
        {
            return false;
        }

        var messages = text.Substring(separator + 1).Split(',').Select(m => m.Trim()).ToArray();
        if (messages.Any(m => !CloseMessages.Contains(m, StringComparer.Ordinal)))
        {
            return false;
        }

        configuration = Of(messages);
        return true;
    }

    /// <summary>
    /// The configuration of <paramref name="step"/> when the steps in <paramref name="omittedSteps"/> are left out:
    /// a synchronous PostOperation Update, SetState or SetStateDynamicEntity step is told which close messages of its
    /// table lost their steps. Every other step (and every step when no close step is omitted) gets <see cref="None"/>.
    /// </summary>
    public static StepConfiguration For(StepRegistration step, IEnumerable<StepRegistration> omittedSteps)
    {
        if (step is null)
        {
            throw new ArgumentNullException(nameof(step));
        }

        if (omittedSteps is null)
        {
            throw new ArgumentNullException(nameof(omittedSteps));
        }

        if (!NestedMessages.Contains(step.Message, StringComparer.Ordinal)
            || step.Stage != PipelineStage.PostOperation
            || step.Mode != ExecutionMode.Synchronous)
        {
            return None;
        }

        return Of(omittedSteps
            .Where(s => CloseMessages.Contains(s.Message, StringComparer.Ordinal)
                && string.Equals(s.PrimaryEntity, step.PrimaryEntity, StringComparison.OrdinalIgnoreCase))
            .Select(s => s.Message));
    }
}
