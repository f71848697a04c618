using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Faults;

namespace SalesPerf.LocalOrg.Store;

/// <summary>Turns stored rows into what a caller gets back: copies, selected columns, lookup names, row version.</summary>
internal sealed class RowReader
{
    private readonly OrganizationState _org;

    public RowReader(OrganizationState org) => _org = org;

    public Entity Retrieve(string table, Guid id, ColumnSet? columns)
    {
        var definition = _org.Metadata.Table(table);
        var stored = _org.Store.Find(definition.LogicalName, id) ?? throw OrganizationFaults.DoesNotExist(definition.LogicalName, id);
        return Project(stored, columns ?? new ColumnSet(false));
    }

    /// <summary>A copy with only the requested columns (plus the primary id), every lookup named (section 8.1).</summary>
    public Entity Project(Entity stored, ColumnSet columns)
    {
        var definition = _org.Metadata.Table(stored.LogicalName);
        IEnumerable<string> names;
        if (columns.AllColumns)
        {
            names = stored.Attributes.Keys.ToList();
        }
        else
        {
            foreach (var column in columns.Columns)
            {
                _org.Metadata.Column(definition, column);
            }

            names = columns.Columns.Select(c => c.ToLowerInvariant()).Append(definition.PrimaryIdAttribute).Distinct();
        }

        var result = new Entity(stored.LogicalName, stored.Id) { RowVersion = stored.RowVersion };
        foreach (var name in names)
        {
            if (stored.Attributes.TryGetValue(name, out var value) && value is not null)
            {
                result.Attributes[name] = Named(EntityCopier.CopyValue(value));
            }
        }

        return result;
    }

    public string? PrimaryName(string table, Guid id)
    {
        if (!_org.Metadata.TryTable(table, out var definition))
        {
            return null;
        }

        var row = _org.Store.Find(definition.LogicalName, id);
        return row is not null && row.Attributes.TryGetValue(definition.PrimaryNameAttribute, out var name) ? name as string : null;
    }

    public static string Version(long versionNumber) => versionNumber.ToString(CultureInfo.InvariantCulture);

    private object? Named(object? value)
    {
        if (value is EntityReference reference)
        {
            reference.Name = PrimaryName(reference.LogicalName, reference.Id);
        }

        return value;
    }
}
