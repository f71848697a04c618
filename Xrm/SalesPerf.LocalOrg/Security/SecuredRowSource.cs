using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg.Query;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.LocalOrg.Security;

/// <summary>
/// The rows one user may read, for the query engine: every table of a query (root and link-entities) is trimmed to
/// the rows the user's read depth reaches, so aggregates count and sum only those. A table the user holds no read
/// privilege for faults with PrivilegeDenied. Lookup names are not trimmed.
/// </summary>
internal sealed class SecuredRowSource : IRowSource
{
    private readonly IRowSource _inner;
    private readonly UserAccess _access;

    public SecuredRowSource(IRowSource inner, UserAccess access)
    {
        _inner = inner;
        _access = access;
    }

    /// <summary>Every table a query names (root and links) comes through here first: no read privilege, no query, even on no rows.</summary>
    public TableDefinition Table(string logicalName)
    {
        var table = _inner.Table(logicalName);
        _ = _access.ReadFilter(table);
        return table;
    }

    public IEnumerable<Entity> Rows(string logicalName)
    {
        var readable = _access.ReadFilter(_inner.Table(logicalName));
        return _inner.Rows(logicalName).Where(readable);
    }

    public IEnumerable<Entity>? RowsWhere(string logicalName, ColumnDefinition column, IReadOnlyCollection<object> keys)
    {
        var readable = _access.ReadFilter(_inner.Table(logicalName));
        return _inner.RowsWhere(logicalName, column, keys)?.Where(readable);
    }

    public int? CountWhere(string logicalName, ColumnDefinition column, IReadOnlyCollection<object> keys) =>
        _inner.CountWhere(logicalName, column, keys);

    public string? PrimaryName(string logicalName, Guid id) => _inner.PrimaryName(logicalName, id);
}
