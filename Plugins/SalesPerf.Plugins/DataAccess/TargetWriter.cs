using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.DataAccess;

/// <summary>Writes changed computed columns of one <c>spm_target</c> (one Update; nothing when nothing changed).</summary>
public sealed class TargetWriter(IOrganizationService service)
{
    private readonly IOrganizationService service = service ?? throw new ArgumentNullException(nameof(service));

    /// <summary>Sends the changes plus <c>spm_lastcalculatedon</c>; returns false (and sends nothing) when there are none.</summary>
    public bool Write(Guid targetId, IReadOnlyDictionary<string, object?> changes, DateTime calculatedOn)
    {
        if (changes is null || changes.Count == 0)
        {
            return false;
        }

        var update = new Entity(TargetColumns.EntityName, targetId);
        foreach (var change in changes)
        {
            update[change.Key] = change.Value;
        }

        update[TargetColumns.LastCalculatedOn] = calculatedOn;
        service.Update(update);
        return true;
    }
}
