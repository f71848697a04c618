using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.LocalOrg.Query;

/// <summary>What the query engine needs from the store: metadata, the visible rows, and primary names.</summary>
public interface IRowSource
{
    /// <summary>The table's metadata; throws the platform fault for an unknown table.</summary>
    TableDefinition Table(string logicalName);

    /// <summary>Rows visible now. The engine treats them as read-only and never returns them to a caller.</summary>
    IEnumerable<Entity> Rows(string logicalName);

    /// <summary>The current primary name of a row, to fill <see cref="EntityReference.Name"/> in results.</summary>
    string? PrimaryName(string logicalName, Guid id);
}
