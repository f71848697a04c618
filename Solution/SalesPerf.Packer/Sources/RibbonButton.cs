using System.Collections.Generic;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Sources;

/// <summary>One command bar button of Solution/Ribbons/&lt;table&gt;.json: a label, the command function and who sees it where.</summary>
public sealed record RibbonButton
{
    /// <summary>Letters and digits; with the table it makes every id of the button (<c>spm.&lt;table&gt;.&lt;name&gt;…</c>).</summary>
    public required string Name { get; init; }

    public required Label Label { get; init; }
    public required Label ToolTip { get; init; }

    /// <summary>The function of the command library the button calls, e.g. <c>SalesPerf.Commands.approveStatements</c>.</summary>
    public required string Function { get; init; }

    public required IReadOnlyList<RibbonLocation> Locations { get; init; }

    /// <summary>The rows a home-grid button needs; <see cref="RibbonSelection.None"/> for any.</summary>
    public RibbonSelection Selection { get; init; }

    public required RibbonPrivilege Privilege { get; init; }
}
