using System;
using System.Collections.Generic;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Sources;

/// <summary>One main form of a SalesPerf table, as Solution/Forms/&lt;table&gt;.main.json declares it (docs/solution-source.md "Forms").</summary>
public sealed record FormDefinition
{
    /// <summary>The logical name of the table the form belongs to.</summary>
    public required string Table { get; init; }

    /// <summary>The fixed formid: a re-import updates the form instead of adding one.</summary>
    public required Guid Id { get; init; }

    public required Label Name { get; init; }
    public Label? Description { get; init; }

    /// <summary>Columns shown in the form header, left to right.</summary>
    public IReadOnlyList<string> Header { get; init; } = [];

    public required IReadOnlyList<FormTab> Tabs { get; init; }

    /// <summary>JScript web resources the form loads (FormXml <c>formLibraries</c>), in load order.</summary>
    public IReadOnlyList<string> Libraries { get; init; } = [];

    /// <summary>Event handlers of those libraries (FormXml <c>events</c>).</summary>
    public IReadOnlyList<FormHandler> Handlers { get; init; } = [];

    /// <summary>Where the form comes from, for messages: e.g. Forms/spm_target.main.json.</summary>
    public required string SourceFile { get; init; }
}
