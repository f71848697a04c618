using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg.Faults;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.LocalOrg.Store;

/// <summary>
/// The main operation of Create, Update and Delete against the store: metadata checks, system columns,
/// currency, sales totals, optimistic concurrency and delete cascades. Never touches the caller's objects.
/// </summary>
internal sealed class RowWriter
{
    private readonly OrganizationState _org;
    private readonly CurrencyColumns _currency;
    private readonly SalesTotals _totals;
    private readonly SystemColumns _system;

    public RowWriter(OrganizationState org)
    {
        _org = org;
        _currency = new CurrencyColumns(org);
        _totals = new SalesTotals(org);
        _system = new SystemColumns(org);
    }

    /// <summary>The id a Create will use: the caller's (Entity.Id or the primary key column) or a new one.</summary>
    public Guid ResolveNewId(Entity target)
    {
        var table = _org.Metadata.Table(target.LogicalName);
        var fromColumn = target.Attributes.TryGetValue(table.PrimaryIdAttribute, out var value) && value is Guid g ? g : Guid.Empty;
        if (target.Id != Guid.Empty && fromColumn != Guid.Empty && target.Id != fromColumn)
        {
            throw OrganizationFaults.InvalidArgument($"The id {target.Id} and the column {table.PrimaryIdAttribute} = {fromColumn} disagree.");
        }

        var id = target.Id != Guid.Empty ? target.Id : fromColumn != Guid.Empty ? fromColumn : Guid.NewGuid();
        if (_org.Store.Exists(table.LogicalName, id))
        {
            throw OrganizationFaults.Create(ErrorCodes.DuplicateRecord, $"Cannot insert duplicate key: a {table.LogicalName} with id {id} already exists.");
        }

        return id;
    }

    public WriteResult Create(Entity target, Guid callerId)
    {
        var table = _org.Metadata.Table(target.LogicalName);
        var id = target.Id != Guid.Empty ? target.Id : ResolveNewId(target);
        if (_org.Store.Exists(table.LogicalName, id))
        {
            throw OrganizationFaults.Create(ErrorCodes.DuplicateRecord, $"Cannot insert duplicate key: a {table.LogicalName} with id {id} already exists.");
        }

        var row = new Entity(table.LogicalName, id);
        var precision = _currency.PrecisionOf(target.Contains("transactioncurrencyid") && target["transactioncurrencyid"] is EntityReference
            ? target
            : row);
        foreach (var attribute in target.Attributes)
        {
            var column = _org.Metadata.Column(table, attribute.Key);
            if (attribute.Value is null || column.IsPlatformMaintained || column.Type == ColumnType.PrimaryKey)
            {
                continue;
            }

            if (column.Type == ColumnType.State && !table.IsCustom)
            {
                throw OrganizationFaults.InvalidArgument(
                    $"statecode is not valid for Create on {table.LogicalName}; create the row, then change its state (SetState, Win, Lose...).");
            }

            if (!column.IsValidForCreate && column.Type != ColumnType.State)
            {
                continue;
            }

            row[column.LogicalName] = Checked(table, column, attribute.Value, precision);
        }

        row[table.PrimaryIdAttribute] = id;
        ColumnDefaults.ApplyToNewRow(table, row);
        var platform = _system.OnCreate(table, row, callerId);
        ValidateStatus(table, row, null);
        Compute(table, row);
        SystemRequiredColumns.RequireOnCreate(table, target, row);
        Store(row, insert: true);
        AfterWrite(row, null);
        return new WriteResult(row, platform);
    }

    public WriteResult Update(Entity target, Guid callerId, ConcurrencyBehavior behavior)
    {
        var table = _org.Metadata.Table(target.LogicalName);
        var id = target.Id != Guid.Empty
            ? target.Id
            : target.Attributes.TryGetValue(table.PrimaryIdAttribute, out var value) && value is Guid g ? g : Guid.Empty;
        if (id == Guid.Empty && target.KeyAttributes.Count > 0)
        {
            throw new NotSupportedException("Addressing a row by alternate key is not supported by the local organisation.");
        }

        var existing = _org.Store.Find(table.LogicalName, id) ?? throw OrganizationFaults.DoesNotExist(table.LogicalName, id);
        CheckVersion(behavior, target.RowVersion, existing);

        var row = Clone(existing);
        var precision = _currency.PrecisionOf(target.Contains("transactioncurrencyid") && target["transactioncurrencyid"] is EntityReference
            ? target
            : existing);
        foreach (var attribute in target.Attributes)
        {
            var column = _org.Metadata.Column(table, attribute.Key);
            if (column.IsPlatformMaintained || column.Type == ColumnType.PrimaryKey || !column.IsValidForUpdate)
            {
                continue;
            }

            if (attribute.Value is null)
            {
                SystemRequiredColumns.RejectNull(column);
                row.Attributes.Remove(column.LogicalName);
            }
            else
            {
                row[column.LogicalName] = Checked(table, column, attribute.Value, precision);
            }
        }

        if (target.Contains("statecode") && !target.Contains("statuscode") && row.GetAttributeValue<OptionSetValue>("statecode") is OptionSetValue state
            && state.Value != existing.GetAttributeValue<OptionSetValue>("statecode")?.Value)
        {
            row["statuscode"] = new OptionSetValue(DefaultStatus(table, state.Value));
        }

        ValidateStatus(table, row, existing);
        var platform = _system.OnUpdate(table, row, existing, callerId);
        Compute(table, row);
        Store(row, insert: false);
        AfterWrite(row, existing);
        return new WriteResult(row, platform);
    }

    public void Delete(string tableName, Guid id, ConcurrencyBehavior behavior, string? rowVersion)
    {
        var table = _org.Metadata.Table(tableName);
        var existing = _org.Store.Find(table.LogicalName, id) ?? throw OrganizationFaults.DoesNotExist(table.LogicalName, id);
        CheckVersion(behavior, rowVersion, existing);
        var cascade = new DeleteCascade(_org, this);
        cascade.RefuseRestricted(table, existing);
        _org.Store.Remove(table.LogicalName, id);
        cascade.Apply(table, existing);
        AfterWrite(null, existing);
    }

    /// <summary>A platform write that bypasses the pipeline (seeding, cascades, recomputed totals).</summary>
    public void Replace(Entity row)
    {
        var table = _org.Metadata.Table(row.LogicalName);
        Compute(table, row);
        Store(row, insert: false);
    }

    public void InsertSeed(Entity row)
    {
        var table = _org.Metadata.Table(row.LogicalName);
        var seeded = new Entity(table.LogicalName, row.Id);
        foreach (var attribute in row.Attributes.Where(a => a.Value is not null && table.HasColumn(a.Key)))
        {
            seeded[attribute.Key] = attribute.Value;
        }

        seeded[table.PrimaryIdAttribute] = row.Id;
        ColumnDefaults.ApplyToNewRow(table, seeded);
        _system.OnSeed(table, seeded);
        Compute(table, seeded);
        Store(seeded, insert: true);
    }

    public static Entity Clone(Entity stored)
    {
        var row = new Entity(stored.LogicalName, stored.Id);
        foreach (var attribute in stored.Attributes)
        {
            row[attribute.Key] = EntityCopier.CopyValue(attribute.Value);
        }

        return row;
    }

    public int DefaultStatus(TableDefinition table, int state)
    {
        var statuses = table.FindColumn("statuscode")?.Options ?? [];
        var candidates = statuses.Where(o => o.State == state).ToList();
        var chosen = candidates.FirstOrDefault(o => o.IsDefaultStatus) ?? candidates.FirstOrDefault();
        return chosen?.Value ?? throw OrganizationFaults.Create(
            ErrorCodes.InvalidStateCodeStatusCode, $"{table.LogicalName} has no status reason for state {state}.");
    }

    private object Checked(TableDefinition table, ColumnDefinition column, object value, int precision)
    {
        var normalized = _org.Normalizer.Normalize(table, column, value, precision);
        if (normalized is EntityReference reference && !_org.Store.Exists(reference.LogicalName, reference.Id))
        {
            _org.Metadata.Table(reference.LogicalName);
            throw OrganizationFaults.DoesNotExist(reference.LogicalName, reference.Id);
        }

        return normalized;
    }

    private void ValidateStatus(TableDefinition table, Entity row, Entity? existing)
    {
        var stateColumn = table.FindColumn("statecode");
        if (stateColumn is null)
        {
            return;
        }

        if (!row.Contains("statecode"))
        {
            row["statecode"] = new OptionSetValue(existing?.GetAttributeValue<OptionSetValue>("statecode")?.Value ?? 0);
        }

        var state = row.GetAttributeValue<OptionSetValue>("statecode").Value;
        if (!row.Contains("statuscode") && table.HasColumn("statuscode"))
        {
            row["statuscode"] = new OptionSetValue(DefaultStatus(table, state));
        }

        var status = row.GetAttributeValue<OptionSetValue>("statuscode");
        var option = status is null ? null : table.FindColumn("statuscode")?.Options.FirstOrDefault(o => o.Value == status.Value);
        if (option?.State is int owner && owner != state)
        {
            throw OrganizationFaults.Create(
                ErrorCodes.InvalidStateCodeStatusCode,
                $"{status!.Value} is not a valid status code for state code {table.LogicalName}State.{state} on {table.LogicalName} with Id {row.Id}.");
        }
    }

    private void Compute(TableDefinition table, Entity row)
    {
        if (SalesTotals.IsLineTable(table.LogicalName))
        {
            InheritHeaderCurrency(row);
            _totals.ComputeLine(table, row, _currency.PrecisionOf(row));
        }
        else if (SalesTotals.IsHeaderTable(table.LogicalName))
        {
            _totals.ComputeHeader(table, row, _currency.PrecisionOf(row));
        }

        _currency.Apply(table, row);
    }

    private void InheritHeaderCurrency(Entity line)
    {
        if (SalesTotals.HeaderOf(line) is EntityReference header && _org.Store.Find(header.LogicalName, header.Id) is Entity stored
            && stored.GetAttributeValue<EntityReference>("transactioncurrencyid") is EntityReference currency)
        {
            line["transactioncurrencyid"] = new EntityReference(currency.LogicalName, currency.Id);
        }
    }

    /// <summary>A line changed: its header's totals follow, inside the same transaction.</summary>
    private void AfterWrite(Entity? written, Entity? previous)
    {
        var headers = new[] { written, previous }
            .Where(r => r is not null && SalesTotals.IsLineTable(r.LogicalName))
            .Select(r => SalesTotals.HeaderOf(r!))
            .Where(h => h is not null)
            .DistinctBy(h => h!.Id);
        foreach (var header in headers)
        {
            if (_org.Store.Find(header!.LogicalName, header.Id) is Entity stored)
            {
                var row = Clone(stored);
                row["modifiedon"] = _org.Clock.UtcNow;
                Replace(row);
            }
        }
    }

    private void Store(Entity row, bool insert)
    {
        var table = _org.Metadata.Table(row.LogicalName);
        var version = _org.Store.NextVersion();
        if (table.HasColumn("versionnumber"))
        {
            row["versionnumber"] = version;
        }

        row.RowVersion = RowReader.Version(version);
        if (insert)
        {
            _org.Store.Insert(row);
        }
        else
        {
            _org.Store.Replace(row);
        }
    }

    private static void CheckVersion(ConcurrencyBehavior behavior, string? rowVersion, Entity existing)
    {
        if (behavior != ConcurrencyBehavior.IfRowVersionMatches)
        {
            return;
        }

        if (string.IsNullOrEmpty(rowVersion))
        {
            throw OrganizationFaults.Create(
                ErrorCodes.ConcurrencyVersionNotProvided,
                "The row version must be provided when ConcurrencyBehavior is IfRowVersionMatches.");
        }

        if (!string.Equals(rowVersion, existing.RowVersion, StringComparison.Ordinal))
        {
            throw OrganizationFaults.Create(
                ErrorCodes.ConcurrencyVersionMismatch,
                $"The version of the existing record doesn't match the RowVersion property provided ({existing.LogicalName} {existing.Id}).");
        }
    }
}
