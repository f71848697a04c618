using System;
using System.Collections.Generic;
using System.Linq;

namespace SalesPerf.Plugins.Registration;

/// <summary>
/// Which declared steps the solution zip cannot carry and <c>spm_CompleteSetup</c> registers after import. A step in a
/// solution names its SDK message by id; the ids of Win, Lose, FulfillSalesOrder, CancelSalesOrder and QualifyLead are not public
/// (semantics doc 10), so their steps are created in the organisation itself, after the message is looked up by name
/// in <c>sdkmessage</c>. The packer leaves exactly these steps out, the local organisation's import does the same, and
/// the setup API registers exactly these: one definition, so the three cannot disagree.
/// </summary>
public static class SetupSteps
{
    /// <summary>The messages whose steps are registered at setup, in ordinal order.</summary>
    public static IReadOnlyList<string> Messages { get; } = Array.AsReadOnly(new[]
    {
        MessageNames.CancelSalesOrder, MessageNames.FulfillSalesOrder, MessageNames.Lose, MessageNames.QualifyLead, MessageNames.Win,
    });

    public static bool IsRegisteredAtSetup(StepRegistration step) =>
        step is not null && IsSetupMessage(step.Message);

    public static bool IsSetupMessage(string message) => Messages.Contains(message, StringComparer.Ordinal);

    /// <summary>The steps a solution zip carries.</summary>
    public static IReadOnlyList<StepRegistration> Packed(IEnumerable<StepRegistration> steps) =>
        steps.Where(s => !IsRegisteredAtSetup(s)).ToList().AsReadOnly();

    /// <summary>The steps <c>spm_CompleteSetup</c> registers.</summary>
    public static IReadOnlyList<StepRegistration> AtSetup(IEnumerable<StepRegistration> steps) =>
        steps.Where(IsRegisteredAtSetup).ToList().AsReadOnly();
}
