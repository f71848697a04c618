using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Metadata;
using SalesPerf.Plugins.DataAccess.Facts;
using SalesPerf.Plugins.DataAccess.Fetch;

namespace SalesPerf.Plugins.DataAccess;

/// <summary>
/// CustomerSatisfaction's scores. From SalesPerf's <c>spm_surveyresponse</c>: one aggregate. From an admin-chosen table:
/// one RetrieveAttribute of its customer column (which of account and contact it points to), then one aggregate per
/// customer table, linked through it to the customer's owner. A configuration that no longer holds (the table or a
/// column deleted since the KPI was saved, a customer column no longer pointing to account or contact) gives no scores
/// and a trace line, never a failed save. Whether a faulted read inside the platform's transaction lets the transaction
/// go on is NOT VERIFIED; the metadata read comes first so that a removed table or customer column is found by a read
/// that changes nothing.
/// </summary>
public sealed class SurveyScoresReader(IOrganizationService service, ChunkedAggregate aggregate, Action<string>? trace = null)
{
    /// <summary>The tables an admin-chosen customer column may point to; any other target is ignored.</summary>
    public static IReadOnlyList<string> CustomerTables { get; } = Array.AsReadOnly(new[] { "account", "contact" });

    private readonly Action<string> trace = trace ?? (_ => { });

    public IReadOnlyList<AmountBucket> Read(AggregateScope scope)
    {
        if (scope.Survey.IsOwn)
        {
            return Run(scope);
        }

        if (!scope.Survey.IsComplete)
        {
            trace($"Survey table {scope.Survey.Table}: score, date or customer column not named; no scores.");
            return [];
        }

        string[] targets;
        try
        {
            var response = (RetrieveAttributeResponse)service.Execute(new RetrieveAttributeRequest
            {
                EntityLogicalName = scope.Survey.Table,
                LogicalName = scope.Survey.CustomerColumn,
            });
            targets = response.AttributeMetadata is LookupAttributeMetadata lookup
                && lookup.AttributeType is AttributeTypeCode.Lookup or AttributeTypeCode.Customer
                ? (lookup.Targets ?? []).Where(t => CustomerTables.Contains(t, StringComparer.OrdinalIgnoreCase)).Select(t => t.ToLowerInvariant()).Distinct().OrderBy(t => t, StringComparer.Ordinal).ToArray()
                : [];
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            trace($"Survey table {scope.Survey.Table}: its customer column {scope.Survey.CustomerColumn} cannot be read ({fault.Detail?.Message}); no scores.");
            return [];
        }

        if (targets.Length == 0)
        {
            trace($"Survey table {scope.Survey.Table}: {scope.Survey.CustomerColumn} points to neither account nor contact; no scores.");
            return [];
        }

        return targets.SelectMany(table => Run(scope with { SurveyCustomerTable = table })).ToArray();
    }

    private IReadOnlyList<AmountBucket> Run(AggregateScope scope) =>
        aggregate.Run(
                scope,
                SurveyScoreFetch.Build,
                r => MeasureFactsReader.ToAmount(r, SurveyScoreFetch.Owner, SurveyScoreFetch.Responded, SurveyScoreFetch.Responses, SurveyScoreFetch.Score))
            .Where(a => a is not null)
            .Select(a => a!)
            .ToArray();
}
