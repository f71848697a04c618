using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace SalesPerf.LocalOrg.Pipeline;

/// <summary>
/// Splits an Update whose Target carries special columns together with ordinary ones into the two Update
/// operations the platform runs (section 1.8): ordinary columns first, then the special ones. Special are
/// statecode/statuscode everywhere, and the owner-like columns of the business-owned tables.
/// </summary>
internal static class StatusUpdateSplit
{
    private static readonly Dictionary<string, string[]> OwnerColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["systemuser"] = ["parentsystemuserid", "businessunitid"],
        ["team"] = ["businessunitid"],
        ["businessunit"] = ["parentbusinessunitid"],
    };

    public static (OrganizationRequest Ordinary, OrganizationRequest Status)? Split(OrganizationRequest request)
    {
        if (!string.Equals(request.RequestName, "Update", StringComparison.OrdinalIgnoreCase)
            || !request.Parameters.TryGetValue("Target", out var value) || value is not Entity target)
        {
            return null;
        }

        var owner = OwnerColumns.GetValueOrDefault(target.LogicalName ?? string.Empty, []);
        bool IsSpecial(string column) => column is "statecode" or "statuscode" || owner.Contains(column, StringComparer.OrdinalIgnoreCase);
        var status = target.Attributes.Where(a => IsSpecial(a.Key)).ToList();
        var ordinary = target.Attributes
            .Where(a => !IsSpecial(a.Key) && a.Key != target.LogicalName + "id")
            .ToList();
        if (status.Count == 0 || ordinary.Count == 0)
        {
            return null;
        }

        return (Copy(request, target, ordinary, first: true), Copy(request, target, status, first: false));
    }

    private static UpdateRequest Copy(OrganizationRequest request, Entity target, System.Collections.Generic.List<System.Collections.Generic.KeyValuePair<string, object>> columns, bool first)
    {
        // Only the first part can check the caller's row version: the first write changes it.
        var part = new Entity(target.LogicalName, target.Id) { RowVersion = first ? target.RowVersion : null };
        foreach (var column in columns)
        {
            part[column.Key] = column.Value;
        }

        var copy = new UpdateRequest { Target = part, RequestId = request.RequestId };
        foreach (var parameter in request.Parameters.Where(p => p.Key != "Target" && (first || p.Key != "ConcurrencyBehavior")))
        {
            copy.Parameters[parameter.Key] = parameter.Value;
        }

        return copy;
    }
}
