using System;
using System.Linq;
using System.Xml.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg.Faults;

namespace SalesPerf.LocalOrg.Messages;

/// <summary>
/// PublishXml: ParameterXml (<c>&lt;importexportxml&gt;&lt;entities&gt;&lt;entity&gt;opportunity&lt;/entity&gt;…</c>).
/// The local organisation has no published/unpublished split of customisations (a form row is what it is), so the
/// message only checks its parameter and records which tables were published (<see cref="LocalOrganization.PublishedTables"/>).
/// </summary>
internal sealed class PublishXmlHandler : MessageHandler
{
    public const string MessageName = "PublishXml";

    public override string RequestName => MessageName;

    public override MessageDescription Describe(ParameterCollection input) =>
        new(MessageName, "none", Guid.Empty, null);

    public override void Execute(MessageOperation operation)
    {
        var parameterXml = Parameters.Required<string>(operation.Input, "ParameterXml");
        XElement root;
        try
        {
            root = XElement.Parse(parameterXml);
        }
        catch (System.Xml.XmlException e)
        {
            throw OrganizationFaults.InvalidArgument("PublishXml: ParameterXml is not well-formed XML: " + e.Message);
        }

        if (root.Name.LocalName != "importexportxml")
        {
            throw OrganizationFaults.InvalidArgument("PublishXml: ParameterXml must be an <importexportxml> element.");
        }

        foreach (var table in root.Elements("entities").Elements("entity").Select(e => e.Value.Trim()).Where(t => t.Length > 0))
        {
            operation.Org.Published.Add(table);
        }
    }
}
