using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Packaging;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.Packer.Writers;

/// <summary>
/// Custom APIs as zip folders, the layout of Microsoft's "Create a Custom API with solution files" (powerapps-docs
/// create-custom-api-solution.md): customapis/&lt;api&gt;/customapi.xml, with customapirequestparameters/&lt;name&gt;/
/// customapirequestparameter.xml and customapiresponseproperties/&lt;name&gt;/customapiresponseproperty.xml below it.
/// solution-format.md is silent on custom APIs: the layout is NOT CONFIRMED against a real export (docs/packaging.md).
/// </summary>
public static class CustomApiWriter
{
    public const string Folder = "customapis";

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
            OptionalText("boundentitylogicalname", api.BoundEntityLogicalName),
            Label("description", api.Description, api.ChineseDescription),
            Label("displayname", api.DisplayName, api.ChineseDisplayName),
            api.ExecutePrivilegeName.Length == 0 ? new XElement("executeprivilegename") : new XElement("executeprivilegename", api.ExecutePrivilegeName),
            new XElement("isfunction", ExportXml.Flag(api.IsFunction)),
            new XElement("isprivate", ExportXml.Flag(api.IsPrivate)),
            new XElement("name", api.UniqueName),
            new XElement("plugintypeid", new XElement("plugintypeid", ExportXml.Braced(context.PluginTypeId(typeName)))));
        if (api.EnabledForWorkflow)
        {
            element.Add(new XElement("workflowsdkstepenabled", "1"));
        }

        return element;
    }

    private static XElement Parameter(string kind, CustomApiRegistration api, CustomApiParameter parameter, bool isRequest)
    {
        var element = new XElement(
            kind,
            new XAttribute("uniquename", parameter.UniqueName),
            Label("description", parameter.Description, parameter.ChineseDescription),
            Label("displayname", parameter.DisplayName.Length == 0 ? parameter.UniqueName : parameter.DisplayName, parameter.ChineseDisplayName));
        // Docs: isoptional exists only on request parameters; on a response property it fails the import.
        if (isRequest)
        {
            element.Add(new XElement("isoptional", ExportXml.Flag(parameter.IsOptional)));
        }

        element.Add(
            OptionalText("logicalentityname", parameter.LogicalEntityName),
            new XElement("name", api.UniqueName + "." + parameter.UniqueName),
            new XElement("type", Number((int)parameter.Type)));
        return element;
    }

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

    private static XElement OptionalText(string name, string value) => value.Length == 0 ? new XElement(name) : new XElement(name, value);

    private static byte[] Serialize(XElement element) => ExportXml.Serialize(element, finalNewLine: false);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
