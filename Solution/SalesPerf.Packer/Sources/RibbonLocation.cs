namespace SalesPerf.Packer.Sources;

/// <summary>Where a SalesPerf button sits: the table's main form command bar, or its home grid (the view a site-map sub-area opens).</summary>
public enum RibbonLocation
{
    /// <summary><c>Mscrm.Form.&lt;table&gt;.MainTab.Save.Controls._children</c>; the command receives the form context (<c>PrimaryControl</c>).</summary>
    Form,

    /// <summary><c>Mscrm.HomepageGrid.&lt;table&gt;.MainTab.Management.Controls._children</c>; the command receives the selected ids and the grid.</summary>
    HomepageGrid,
}
