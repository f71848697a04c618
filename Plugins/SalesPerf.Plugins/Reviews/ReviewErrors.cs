using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Reviews;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Messages;

namespace SalesPerf.Plugins.Reviews;

/// <summary>
/// One business error for the broken review rules, in the initiating user's language: statuses and parties are
/// translated before they fill the message's placeholders. The language is read only here, on the error path.
/// </summary>
internal static class ReviewErrors
{
    public static InvalidPluginExecutionException Create(LocalPluginContext context, string reviewName, IReadOnlyList<RuleViolation> violations)
    {
        var language = UserLanguage.Read(context.SystemService, context.Context.InitiatingUserId);
        context.Trace("Review rule(s) {0} stop the operation.", string.Join(", ", violations.Select(v => v.Code)));
        return new InvalidPluginExecutionException(Format(language, reviewName, violations));
    }

    public static string Format(int languageId, string reviewName, IEnumerable<RuleViolation> violations) =>
        RuleErrors.Format(languageId, reviewName, violations.Distinct().Select(v => Localize(v, languageId)));

    private static RuleViolation Localize(RuleViolation violation, int languageId)
    {
        var arguments = violation.Arguments
            .Select((argument, index) => (object)(violation.Code == ReviewRuleCodes.WrongParty && index == 1
                ? ReviewLabels.Caller(argument, languageId)
                : ReviewLabels.Localize(argument, languageId)))
            .ToArray();
        return RuleViolation.Of(violation.Code, arguments);
    }
}
