namespace SalesPerf.Packer.Sources;

/// <summary>How many grid rows a home-grid button needs selected (a <c>SelectionCountRule</c>); a form button ignores it.</summary>
public enum RibbonSelection
{
    /// <summary>Any selection, none included (the command works on no row, e.g. Complete setup).</summary>
    None,

    /// <summary>Exactly one row.</summary>
    One,

    /// <summary>One row or more.</summary>
    Many,
}
