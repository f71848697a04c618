using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace SalesPerf.Packer.Writers;

/// <summary>
/// <c>connectionreferences/connectionreference</c>: one per connection reference the scheduled flows use (by logical
/// name), with its display name (English; the element has no language), the connector id, customizable, prompting
/// behaviour 0, Active (as exports write them, e.g. microsoft/coe-starter-kit's customizations). No root component: the
/// component type number of a connection reference in solution.xml is not established, and the flow that uses it
/// depends on it (NOT CONFIRMED that the import needs nothing more; docs/packaging.md "Scheduled flows").
/// </summary>
public sealed class ConnectionReferencesWriter : IComponentWriter
{
    public string? Section => "connectionreferences";

    public IEnumerable<XElement> Elements(PackContext context) => context.Input.ScheduledFlows
        .Select(f => f.Connection)
        .GroupBy(c => c.LogicalName, StringComparer.Ordinal)
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => g.First())
        .Select(c => new XElement(
            "connectionreference",
            new XAttribute("connectionreferencelogicalname", c.LogicalName),
            new XElement("connectionreferencedisplayname", c.Name.English),
            new XElement("connectorid", c.ConnectorId),
            new XElement("iscustomizable", "1"),
            new XElement("promptingbehavior", "0"),
            new XElement("statecode", "0"),
            new XElement("statuscode", "1")));
}
