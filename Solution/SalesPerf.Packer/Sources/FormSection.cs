using System.Collections.Generic;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Sources;

/// <summary>
/// One section of a tab. It holds exactly one kind of content: column fields, one sub-grid, or one web resource.
/// </summary>
/// <param name="Name">Unique within the form; the section's id is derived from it.</param>
public sealed record FormSection(string Name, Label Label)
{
    /// <summary>Column logical names, one row each, in display order.</summary>
    public IReadOnlyList<string> Fields { get; init; } = [];

    public FormSubGrid? SubGrid { get; init; }

    public FormWebResource? WebResource { get; init; }
}
