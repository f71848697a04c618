using SalesPerf.Packer.Writers;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Sources;

/// <summary>A sub-grid listing the related rows of another table through one of its lookups.</summary>
/// <param name="Name">The control id on the form.</param>
/// <param name="Relationship">The one-to-many relationship from the form's table to <paramref name="Table"/>.</param>
/// <param name="Table">The table the grid lists (the relationship's referencing table).</param>
/// <param name="View">The system view of <paramref name="Table"/> the grid shows.</param>
public sealed record FormSubGrid(string Name, Label Label, string Relationship, string Table, ViewKind View)
{
    public int RecordsPerPage { get; init; } = 10;
}
