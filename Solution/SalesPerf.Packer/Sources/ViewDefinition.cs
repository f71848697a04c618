using System;
using System.Collections.Generic;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Sources;

/// <summary>
/// One custom public view of Solution/Views/*.json (docs/solution-source.md "Views"): a saved query of querytype 0
/// written next to the generated views of its table.
/// </summary>
public sealed record ViewDefinition
{
    /// <summary>The fixed savedqueryid: a re-import updates the view instead of adding one.</summary>
    public required Guid Id { get; init; }

    /// <summary>The logical name of the table the view lists.</summary>
    public required string Table { get; init; }

    public required Label Name { get; init; }
    public Label? Description { get; init; }

    /// <summary>The grid columns, left to right.</summary>
    public required IReadOnlyList<ViewColumn> Columns { get; init; }

    /// <summary>Conditions on the view's own table, all of which must hold.</summary>
    public required IReadOnlyList<ViewCondition> Conditions { get; init; }

    /// <summary>
    /// Conditions on the view's own table of which at least one must hold (a nested <c>filter type="or"</c> inside the
    /// view's filter); empty when the view has none. E.g. "due yesterday, or older than 1 day": strictly before today
    /// whichever way the platform reads older-than (docs/domain-rules.md "People side: alignment, agendas, honours").
    /// </summary>
    public IReadOnlyList<ViewCondition> AnyOf { get; init; } = [];

    /// <summary>Inner joins through a lookup of the table, each with conditions on the related row.</summary>
    public required IReadOnlyList<ViewLink> Links { get; init; }

    /// <summary>The sort order, most significant first.</summary>
    public required IReadOnlyList<ViewOrder> Orders { get; init; }
}
