using System;
using System.Xml.Linq;
using Microsoft.Xrm.Sdk.Query;

namespace SalesPerf.LocalOrg.Query.FetchXml;

/// <summary>Reads <c>filter</c> (and/or, nested) and <c>condition</c> elements; values stay text and are converted per column later.</summary>
internal static class FetchFilterReader
{
    public static FilterExpression Read(XElement element)
    {
        var filter = new FilterExpression(((string?)element.Attribute("type"))?.Trim() switch
        {
            null or "" or "and" => LogicalOperator.And,
            "or" => LogicalOperator.Or,
            var other => throw FetchValues.Invalid($"filter type '{other}' is not and/or"),
        });
        foreach (var child in element.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "condition":
                    filter.Conditions.Add(ReadCondition(child));
                    break;
                case "filter":
                    filter.Filters.Add(Read(child));
                    break;
                case "link-entity":
                    throw new NotSupportedException("FetchXML: link-entity inside a filter (any/not any/all/not all) is not supported.");
                default:
                    throw FetchValues.Invalid($"'{child.Name}' is not allowed inside 'filter'");
            }
        }

        return filter;
    }

    private static ConditionExpression ReadCondition(XElement element)
    {
        var attribute = (string?)element.Attribute("attribute") ?? throw FetchValues.Invalid("a condition needs an attribute");
        foreach (var unsupported in new[] { "valueof", "aggregate", "rowaggregate", "column" })
        {
            if (element.Attribute(unsupported) is not null)
            {
                throw new NotSupportedException($"FetchXML: the condition attribute '{unsupported}' is not supported.");
            }
        }

        var op = FetchOperatorNames.Parse(FetchValues.Required(element, "operator"));
        var condition = new ConditionExpression { AttributeName = attribute, Operator = op, EntityName = (string?)element.Attribute("entityname") };
        if ((string?)element.Attribute("value") is { } single)
        {
            condition.Values.Add(single);
        }

        foreach (var value in element.Elements())
        {
            if (value.Name.LocalName != "value")
            {
                throw FetchValues.Invalid($"'{value.Name}' is not allowed inside 'condition'");
            }

            condition.Values.Add(value.Value);
        }

        return condition;
    }
}
