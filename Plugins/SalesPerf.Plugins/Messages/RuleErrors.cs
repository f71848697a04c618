using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Domain.Common;

namespace SalesPerf.Plugins.Messages;

/// <summary>
/// Turns the domain's rule violations into one business error: each violation's code finds its message, whose {0}
/// is the record's name and whose {1}, {2}, … are the violation's arguments. All broken rules are reported at once.
/// </summary>
public static class RuleErrors
{
    /// <summary>The user's language is read once, on this error path only, through <paramref name="service"/> (SYSTEM).</summary>
    public static InvalidPluginExecutionException Create(
        IOrganizationService service, Guid initiatingUserId, string recordName, IReadOnlyList<RuleViolation> violations)
    {
        if (violations is null || violations.Count == 0)
        {
            throw new ArgumentException("A rule error needs at least one violation.", nameof(violations));
        }

        var language = UserLanguage.Read(service, initiatingUserId);
        return new InvalidPluginExecutionException(Format(language, recordName, violations));
    }

    /// <summary>The messages of <paramref name="violations"/> in <paramref name="languageId"/>, one after the other.</summary>
    public static string Format(int languageId, string recordName, IEnumerable<RuleViolation> violations) =>
        string.Join(
            " ",
            (violations ?? throw new ArgumentNullException(nameof(violations))).Select(violation =>
                BusinessMessages.Find(violation.Code).Format(
                    languageId,
                    new object[] { recordName ?? "-" }.Concat(violation.Arguments).ToArray())));
}
