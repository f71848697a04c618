using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Packaging;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.Packer.Writers;

/// <summary>
/// Custom APIs as zip folders, as a real managed export writes them (reference/customapi-real-managed, semantics doc 10):
/// customapis/&lt;api&gt;/customapi.xml, with customapirequestparameters/&lt;name&gt;/customapirequestparameter.xml and
/// customapiresponseproperties/&lt;name&gt;/customapiresponseproperty.xml below it. Children in the export's
/// (alphabetical) order; <c>plugintypeid</c> without braces; <c>iscustomizable</c> on the API, every parameter and every
/// property; optional elements without a value (bound table, execute privilege, logical entity name) left out.
/// </summary>
public static class CustomApiWriter
{
    public const string Folder = "customapis";

    /// <summary>The value the real managed export writes on the API, its parameters and its properties.</summary>
    public const string IsCustomizable = "1";

    public static IEnumerable<ZipEntryContent> Files(PackContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var api in context.Input.CustomApis.OrderBy(a => a.UniqueName, StringComparer.Ordinal))
        {
            var folder = Folder + "/" + api.UniqueName + "/";
            yield return new ZipEntryContent(folder + "customapi.xml", Serialize(Api(context, api)));
            foreach (var parameter in api.RequestParameters)
            {
                yield return new ZipEntryContent(
                    folder + "customapirequestparameters/" + parameter.UniqueName + "/customapirequestparameter.xml",
                    Serialize(Parameter("customapirequestparameter", api, parameter, isRequest: true)));
            }

            foreach (var property in api.ResponseProperties)
            {
                yield return new ZipEntryContent(
                    folder + "customapiresponseproperties/" + property.UniqueName + "/customapiresponseproperty.xml",
                    Serialize(Parameter("customapiresponseproperty", api, property, isRequest: false)));
            }
        }
    }

    public static XElement Api(PackContext context, CustomApiRegistration api)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(api);
        var typeName = api.PluginType.FullName ?? api.PluginType.Name;
        var element = new XElement(
            "customapi",
            new XAttribute("uniquename", api.UniqueName),
            new XElement("allowedcustomprocessingsteptype", Number((int)api.AllowedProcessingStepType)),
            new XElement("bindingtype", Number((int)api.BindingType)),
            Optional("boundentitylogicalname", api.BoundEntityLogicalName),
            Label("description", api.Description, api.ChineseDescription),
            Label("displayname", api.DisplayName, api.ChineseDisplayName),
            Optional("executeprivilegename", api.ExecutePrivilegeName),
            new XElement("iscustomizable", IsCustomizable),
            new XElement("isfunction", ExportXml.Flag(api.IsFunction)),
            // The real export writes no isprivate for a public API; 0 is the column's default.
            api.IsPrivate ? new XElement("isprivate", "1") : null,
            new XElement("name", api.UniqueName),
            new XElement("plugintypeid", new XElement("plugintypeid", ExportXml.Bare(context.PluginTypeId(typeName)))));
        if (api.EnabledForWorkflow)
        {
            element.Add(new XElement("workflowsdkstepenabled", "1"));
        }

        return element;
    }

    private static XElement Parameter(string kind, CustomApiRegistration api, CustomApiParameter parameter, bool isRequest) => new(
        kind,
        new XAttribute("uniquename", parameter.UniqueName),
        Label("description", parameter.Description, parameter.ChineseDescription),
        Label("displayname", parameter.DisplayName.Length == 0 ? parameter.UniqueName : parameter.DisplayName, parameter.ChineseDisplayName),
        new XElement("iscustomizable", IsCustomizable),
        // Docs: isoptional exists only on request parameters; on a response property it fails the import.
        isRequest ? new XElement("isoptional", ExportXml.Flag(parameter.IsOptional)) : null,
        Optional("logicalentityname", parameter.LogicalEntityName),
        new XElement("name", api.UniqueName + "." + parameter.UniqueName),
        new XElement("type", Number((int)parameter.Type)));

    /// <summary>
    /// The English text as default and in 1033, the Chinese one in 2052 (a declaration without Chinese text gets 1033
    /// only; the registration tests require Chinese on every custom API of the assembly).
    /// </summary>
    private static XElement Label(string name, string english, string chinese)
    {
        var element = new XElement(
            name,
            new XAttribute("default", english),
            new XElement("label", new XAttribute("description", english), new XAttribute("languagecode", "1033")));
        if (chinese.Length > 0)
        {
            element.Add(new XElement("label", new XAttribute("description", chinese), new XAttribute("languagecode", "2052")));
        }

        return element;
    }

    /// <summary>An element only when it has a value: a real export leaves empty optional elements out.</summary>
    private static XElement? Optional(string name, string value) => value.Length == 0 ? null : new XElement(name, value);

    private static byte[] Serialize(XElement element) => ExportXml.Serialize(element, finalNewLine: false);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
