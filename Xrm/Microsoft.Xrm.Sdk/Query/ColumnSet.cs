using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

public sealed class ColumnSet : IExtensibleDataObject
{
    private DataCollection<string> _columns;
    private DataCollection<XrmAttributeExpression> _attributeExpressions;

    public ColumnSet()
    {
    }

    public ColumnSet(bool allColumns)
    {
        AllColumns = allColumns;
    }

    public ColumnSet(params string[] columns)
    {
        Columns.AddRange(columns);
    }

    public bool AllColumns { get; set; }

    public DataCollection<string> Columns
    {
        get => _columns ??= new DataCollection<string>();
        set => _columns = value;
    }

    public DataCollection<XrmAttributeExpression> AttributeExpressions
    {
        get => _attributeExpressions ??= new DataCollection<XrmAttributeExpression>();
        set => _attributeExpressions = value;
    }

    public ExtensionDataObject ExtensionData { get; set; }

    public void AddColumn(string column)
    {
        Columns.Add(column);
    }

    public void AddColumns(params string[] columns)
    {
        Columns.AddRange(columns);
    }
}
