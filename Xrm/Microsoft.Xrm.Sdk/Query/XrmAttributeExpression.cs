using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

public sealed class XrmAttributeExpression : IExtensibleDataObject
{
    public XrmAttributeExpression()
    {
    }

    public XrmAttributeExpression(string attributeName)
    {
        AttributeName = attributeName;
    }

    public XrmAttributeExpression(string attributeName, XrmAggregateType aggregateType)
        : this(attributeName)
    {
        AggregateType = aggregateType;
    }

    public XrmAttributeExpression(string attributeName, XrmAggregateType aggregateType, string alias)
        : this(attributeName, aggregateType)
    {
        Alias = alias;
    }

    public XrmAttributeExpression(string attributeName, XrmAggregateType aggregateType, string alias, XrmDateTimeGrouping dateTimeGrouping)
        : this(attributeName, aggregateType, alias)
    {
        DateTimeGrouping = dateTimeGrouping;
    }

    public string AttributeName { get; set; }

    public XrmAggregateType AggregateType { get; set; }

    public string Alias { get; set; }

    public XrmDateTimeGrouping DateTimeGrouping { get; set; }

    public bool HasGroupBy { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }
}
