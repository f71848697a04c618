using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg.Query;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.LocalOrg.Store;

/// <summary>The store as the query engine sees it: rows inside the current transaction, metadata, names.</summary>
internal sealed class StoreRowSource : IRowSource
{
    private readonly OrganizationState _org;

    public StoreRowSource(OrganizationState org) => _org = org;

    public TableDefinition Table(string logicalName) => _org.Metadata.Table(logicalName);

    public IEnumerable<Entity> Rows(string logicalName)
    {
        _org.Metadata.Table(logicalName);
        return _org.Store.Rows(logicalName);
    }

    public string? PrimaryName(string logicalName, Guid id) => _org.Reader.PrimaryName(logicalName, id);
}
