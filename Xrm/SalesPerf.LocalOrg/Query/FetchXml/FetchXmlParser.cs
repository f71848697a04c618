using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Faults;
using SalesPerf.LocalOrg.Query.Aggregation;

namespace SalesPerf.LocalOrg.Query.FetchXml;

/// <summary>
/// Parses FetchXML into the QueryExpression model (doc 8.3; no string tricks). Malformed XML or a structure the
/// schema forbids raises the platform's InvalidArgument fault; a valid feature the engine lacks raises
/// NotSupportedException naming it. Attributes the engine has no use for (tool annotations, hints) are ignored.
/// </summary>
internal static class FetchXmlParser
{
    public static FetchQuery Parse(string? fetchXml)
    {
        if (string.IsNullOrWhiteSpace(fetchXml))
        {
            throw OrganizationFaults.InvalidArgument("The FetchXML query is empty.");
        }

        var fetch = Load(fetchXml).Root!;
        if (fetch.Name.LocalName != "fetch" || fetch.Name.Namespace != XNamespace.None)
        {
            throw FetchValues.Invalid($"the root element must be 'fetch', not '{fetch.Name}'");
        }

        var entities = fetch.Elements().ToList();
        if (entities.Any(e => e.Name.LocalName == "order"))
        {
            throw new NotSupportedException("FetchXML: an 'order' directly under 'fetch' (report views) is not supported.");
        }

        if (entities.Count != 1 || entities[0].Name.LocalName != "entity")
        {
            throw FetchValues.Invalid("'fetch' must contain exactly one 'entity' element");
        }

        var aggregate = FetchValues.Bool(fetch, "aggregate") ?? false;
        var query = new QueryExpression(FetchValues.Required(entities[0], "name"))
        {
            Distinct = FetchValues.Bool(fetch, "distinct") ?? false,
            NoLock = FetchValues.Bool(fetch, "no-lock") ?? false,
            TopCount = FetchValues.Int(fetch, "top"),
            ColumnSet = new ColumnSet(),
        };
        var count = FetchValues.Int(fetch, "count");
        var page = FetchValues.Int(fetch, "page");
        var cookie = (string?)fetch.Attribute("paging-cookie");
        if (query.TopCount is not null && (count is not null || page is not null))
        {
            throw OrganizationFaults.InvalidArgument("The top attribute can't be specified with paging attribute page or count.");
        }

        query.PageInfo = new PagingInfo
        {
            Count = count ?? 0,
            PageNumber = page ?? (count is not null || cookie is not null ? 1 : 0),
            PagingCookie = cookie,
            ReturnTotalRecordCount = FetchValues.Bool(fetch, "returntotalrecordcount") ?? false,
        };

        var aggregateColumns = new List<AggregateColumn>();
        var aggregateOrders = new List<AggregateOrder>();
        var state = new FetchParseState(aggregate, aggregateColumns, aggregateOrders);
        ReadEntityBody(entities[0], query.ColumnSet, query.Criteria, query.Orders, query.LinkEntities, null, query.EntityName, state);

        if (!aggregate)
        {
            return new FetchQuery(query, null);
        }

        if (aggregateColumns.Count == 0)
        {
            throw FetchValues.Invalid("an aggregate query needs at least one attribute with an alias and aggregate or groupby");
        }

        var limit = FetchValues.Int(fetch, "aggregatelimit") ?? AggregateSpec.PlatformLimit;
        if (limit < 1 || limit > AggregateSpec.PlatformLimit)
        {
            throw OrganizationFaults.InvalidArgument($"aggregatelimit must be between 1 and {AggregateSpec.PlatformLimit}; it was {limit}.");
        }

        return new FetchQuery(query, new AggregateSpec(aggregateColumns, aggregateOrders, limit));
    }

    private static XDocument Load(string fetchXml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(new StringReader(fetchXml), settings);
            return XDocument.Load(reader);
        }
        catch (XmlException exception)
        {
            throw OrganizationFaults.InvalidArgument("Invalid XML. " + exception.Message);
        }
    }

    private static void ReadEntityBody(
        XElement element,
        ColumnSet columns,
        FilterExpression criteria,
        ICollection<OrderExpression> orders,
        ICollection<LinkEntity> links,
        LinkEntity? link,
        string entityName,
        FetchParseState state)
    {
        var filters = 0;
        foreach (var child in element.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "attribute":
                    FetchAttributeReader.Read(child, columns, link, state);
                    break;
                case "all-attributes":
                    if (state.Aggregate)
                    {
                        throw OrganizationFaults.InvalidArgument("all-attributes is not allowed in an aggregate query.");
                    }

                    columns.AllColumns = true;
                    break;
                case "order":
                    ReadOrder(child, orders, state);
                    break;
                case "filter":
                    var filter = FetchFilterReader.Read(child);
                    if (filters++ == 0)
                    {
                        criteria.FilterOperator = filter.FilterOperator;
                        foreach (var c in filter.Conditions)
                        {
                            criteria.Conditions.Add(c);
                        }

                        foreach (var f in filter.Filters)
                        {
                            criteria.Filters.Add(f);
                        }
                    }
                    else
                    {
                        // Several filters on one entity all apply.
                        var previous = new FilterExpression(criteria.FilterOperator);
                        foreach (var c in criteria.Conditions)
                        {
                            previous.Conditions.Add(c);
                        }

                        foreach (var f in criteria.Filters)
                        {
                            previous.Filters.Add(f);
                        }

                        criteria.Conditions.Clear();
                        criteria.Filters.Clear();
                        criteria.FilterOperator = LogicalOperator.And;
                        criteria.Filters.Add(previous);
                        criteria.Filters.Add(filter);
                    }

                    break;
                case "link-entity":
                    links.Add(ReadLink(child, entityName, state));
                    break;
                default:
                    throw FetchValues.Invalid($"'{child.Name}' is not allowed inside '{element.Name}'");
            }
        }
    }

    private static LinkEntity ReadLink(XElement element, string parentName, FetchParseState state)
    {
        var name = FetchValues.Required(element, "name");
        var from = (string?)element.Attribute("from");
        var to = (string?)element.Attribute("to");
        if (string.IsNullOrEmpty(from) || string.IsNullOrEmpty(to))
        {
            throw new NotSupportedException($"FetchXML: link-entity '{name}' without both 'from' and 'to' (relationship inference) is not supported.");
        }

        var join = ((string?)element.Attribute("link-type"))?.Trim().ToLowerInvariant() switch
        {
            null or "" or "inner" => JoinOperator.Inner,
            "outer" => JoinOperator.LeftOuter,
            var other => throw new NotSupportedException($"FetchXML: link-type '{other}' is not supported; use inner or outer."),
        };

        // FetchXML 'from' is the linked table's column and 'to' the parent's; LinkEntity names them the other way round.
        var link = new LinkEntity(parentName, name, to, from, join)
        {
            EntityAlias = (string?)element.Attribute("alias"),
            Columns = new ColumnSet(),
        };
        ReadEntityBody(element, link.Columns, link.LinkCriteria, link.Orders, link.LinkEntities, link, name, state);
        return link;
    }

    private static void ReadOrder(XElement element, ICollection<OrderExpression> orders, FetchParseState state)
    {
        var attribute = (string?)element.Attribute("attribute");
        var alias = (string?)element.Attribute("alias");
        var descending = FetchValues.Bool(element, "descending") ?? false;
        if (state.Aggregate)
        {
            if (string.IsNullOrEmpty(alias) || !string.IsNullOrEmpty(attribute))
            {
                throw OrganizationFaults.InvalidArgument("An order in an aggregate query must use alias, not attribute.");
            }

            state.Orders.Add(new AggregateOrder(alias, descending));
            return;
        }

        if (string.IsNullOrEmpty(attribute))
        {
            throw string.IsNullOrEmpty(alias)
                ? FetchValues.Invalid("an order needs an attribute")
                : new NotSupportedException("FetchXML: order by alias outside an aggregate query is not supported.");
        }

        orders.Add(new OrderExpression(attribute, descending ? OrderType.Descending : OrderType.Ascending));
    }
}
