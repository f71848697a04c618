using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.LocalOrg.Store;

/// <summary>
/// Audit and ownership columns, set in the main operation (section 8.1, XrmMockup PR #344): created/modified
/// on and by from the clock and the caller, the owner defaulting to the caller, and the owning user, team
/// and business unit following the owner.
/// </summary>
internal sealed class SystemColumns
{
    private readonly OrganizationState _org;

    public SystemColumns(OrganizationState org) => _org = org;

    public IReadOnlyDictionary<string, object> OnCreate(TableDefinition table, Entity row, Guid callerId)
    {
        var set = new Dictionary<string, object>(StringComparer.Ordinal);
        var now = _org.Clock.UtcNow;
        var caller = new EntityReference("systemuser", callerId);
        Set(table, row, set, "createdon", now);
        Set(table, row, set, "modifiedon", now);
        Set(table, row, set, "createdby", caller);
        Set(table, row, set, "modifiedby", caller);
        if (table.LogicalName is "systemuser" or "team" && !row.Contains("businessunitid"))
        {
            // The platform places a new user or team in the caller's business unit (README "SystemRequired columns").
            Set(table, row, set, "businessunitid", new EntityReference("businessunit", _org.BusinessUnitOf("systemuser", callerId)));
        }

        if (table.HasColumn("ownerid"))
        {
            if (!row.Contains("ownerid"))
            {
                Set(table, row, set, "ownerid", new EntityReference("systemuser", callerId));
            }

            Ownership(table, row, set, null);
        }
        else if (table.HasColumn("organizationid") && table.PrimaryIdAttribute != "organizationid")
        {
            Set(table, row, set, "organizationid", new EntityReference("organization", _org.Ids.OrganizationId));
        }

        return set;
    }

    public IReadOnlyDictionary<string, object> OnUpdate(TableDefinition table, Entity row, Entity existing, Guid callerId)
    {
        var set = new Dictionary<string, object>(StringComparer.Ordinal);
        Set(table, row, set, "modifiedon", _org.Clock.UtcNow);
        Set(table, row, set, "modifiedby", new EntityReference("systemuser", callerId));
        if (table.HasColumn("ownerid"))
        {
            if (!row.Contains("ownerid"))
            {
                // The owner is system-required: clearing it is not a change the platform accepts.
                row["ownerid"] = existing["ownerid"];
            }

            Ownership(table, row, set, existing);
        }

        return set;
    }

    public void OnSeed(TableDefinition table, Entity row)
    {
        OnCreate(table, row, _org.Ids.SystemUserId);
    }

    private void Ownership(TableDefinition table, Entity row, Dictionary<string, object> set, Entity? existing)
    {
        var owner = row.GetAttributeValue<EntityReference>("ownerid");
        var previous = existing?.GetAttributeValue<EntityReference>("ownerid");
        if (previous is not null && previous.Id == owner.Id && existing!.Contains("owningbusinessunit"))
        {
            return;
        }

        row.Attributes.Remove("owninguser");
        row.Attributes.Remove("owningteam");
        Set(table, row, set, owner.LogicalName == "team" ? "owningteam" : "owninguser", new EntityReference(owner.LogicalName, owner.Id));
        if (table.HasColumn("owningbusinessunit"))
        {
            var explicitUnit = existing is null && row.Contains("owningbusinessunit");
            if (!explicitUnit)
            {
                Set(table, row, set, "owningbusinessunit", new EntityReference("businessunit", _org.BusinessUnitOf(owner.LogicalName, owner.Id)));
            }
        }
    }

    private static void Set(TableDefinition table, Entity row, Dictionary<string, object> set, string column, object value)
    {
        if (table.HasColumn(column))
        {
            row[column] = value;
            set[column] = value;
        }
    }
}
