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

    /// <summary>
    /// Rows visible now whose column equals one of <paramref name="keys"/> (<c>ComparableValue</c> keys: a Guid for lookups and
    /// ids, a decimal for choices), in the order <see cref="Rows"/> gives them; null when the source has no index for
    /// it, and the engine then reads <see cref="Rows"/>.
    /// </summary>
    IEnumerable<Entity>? RowsWhere(string logicalName, ColumnDefinition column, IReadOnlyCollection<object> keys) => null;

    /// <summary>How many stored rows <see cref="RowsWhere"/> would consider (before any read trimming); null without an index. Examines no row.</summary>
    int? CountWhere(string logicalName, ColumnDefinition column, IReadOnlyCollection<object> keys) => null;

    /// <summary>The current primary name of a row, to fill <see cref="EntityReference.Name"/> in results.</summary>
    string? PrimaryName(string logicalName, Guid id);
}
