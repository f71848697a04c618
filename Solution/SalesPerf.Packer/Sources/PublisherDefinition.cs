using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Sources;

/// <summary>The solution publisher (solution-format 2.4).</summary>
public sealed record PublisherDefinition
{
    public required string UniqueName { get; init; }
    public required Label DisplayName { get; init; }
    public Label? Description { get; init; }

    /// <summary>At most 8 characters; every custom name starts with it and an underscore.</summary>
    public required string CustomizationPrefix { get; init; }

    /// <summary>10000–99999; custom choice values are prefix × 10000 + n.</summary>
    public required int CustomizationOptionValuePrefix { get; init; }
}
