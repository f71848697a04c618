using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Dependencies;
using SalesPerf.Packer.Packaging;
using SalesPerf.Packer.Sources;

namespace SalesPerf.Packer.Writers;

/// <summary>solution.xml, the manifest (solution-format 2).</summary>
public static class SolutionManifestWriter
{
    /// <summary>
    /// The platform version the package claims to come from. An organisation refuses a package from a newer version,
    /// so this is the oldest 9.2 form whose elements the writers emit, not the newest one seen.
    /// </summary>
    public const string PlatformVersion = "9.2.0.0";

    public const string SolutionPackageVersion = "9.2";

    private static readonly string[] AddressFields =
    [
        "City", "County", "Country", "Fax", "FreightTermsCode", "ImportSequenceNumber", "Latitude", "Line1", "Line2", "Line3",
        "Longitude", "Name", "PostalCode", "PostOfficeBox", "PrimaryContactName", "ShippingMethodCode", "StateOrProvince",
        "Telephone1", "Telephone2", "Telephone3", "TimeZoneRuleVersionNumber", "UPSZone", "UTCOffset", "UTCConversionTimeZoneCode",
    ];

    public static XElement Write(PackContext context, IEnumerable<RootComponent> rootComponents)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(rootComponents);
        var manifest = context.Input.Manifest;
        var publisher = manifest.Publisher;
        return new XElement(
            "ImportExportXml",
            new XAttribute("version", PlatformVersion),
            new XAttribute("SolutionPackageVersion", SolutionPackageVersion),
            new XAttribute("languagecode", "1033"),
            new XAttribute("generatedBy", "CrmLive"),
            new XAttribute(XNamespace.Xmlns + "xsi", ExportXml.Xsi.NamespaceName),
            new XElement(
                "SolutionManifest",
                new XElement("UniqueName", manifest.UniqueName),
                LabelXml.Collection("LocalizedNames", "LocalizedName", manifest.DisplayName),
                Descriptions(manifest.Description),
                new XElement("Version", manifest.VersionText),
                new XElement("Managed", context.Managed ? "1" : "0"),
                new XElement(
                    "Publisher",
                    new XElement("UniqueName", publisher.UniqueName),
                    LabelXml.Collection("LocalizedNames", "LocalizedName", publisher.DisplayName),
                    Descriptions(publisher.Description),
                    ExportXml.Nil("EMailAddress"),
                    ExportXml.Nil("SupportingWebsiteUrl"),
                    new XElement("CustomizationPrefix", publisher.CustomizationPrefix),
                    new XElement("CustomizationOptionValuePrefix", publisher.CustomizationOptionValuePrefix.ToString(CultureInfo.InvariantCulture)),
                    new XElement("Addresses", Address(1), Address(2))),
                new XElement("RootComponents", Ordered(rootComponents).Select(Root)),
                MissingDependenciesWriter.Write(MissingDependencies.Of(context))));
    }

    /// <summary>By type, then by schema name or id, the order of a real export.</summary>
    public static IEnumerable<RootComponent> Ordered(IEnumerable<RootComponent> components) =>
        components
            .OrderBy(c => c.Type)
            .ThenBy(c => c.SchemaName ?? "", StringComparer.Ordinal)
            .ThenBy(c => c.Id?.ToString("D") ?? "", StringComparer.Ordinal);

    private static XElement Descriptions(SalesPerf.SolutionModel.Tables.Label? label) =>
        label is null ? new XElement("Descriptions") : LabelXml.Collection("Descriptions", "Description", label);

    private static XElement Root(RootComponent component)
    {
        var element = new XElement("RootComponent", new XAttribute("type", component.Type.ToString(CultureInfo.InvariantCulture)));
        if (component.Id is { } id)
        {
            element.Add(new XAttribute("id", ExportXml.Braced(id)));
        }

        if (component.SchemaName is not null)
        {
            element.Add(new XAttribute("schemaName", component.SchemaName));
        }

        element.Add(new XAttribute("behavior", component.Behavior.ToString(CultureInfo.InvariantCulture)));
        return element;
    }

    private static XElement Address(int number)
    {
        var address = new XElement(
            "Address",
            new XElement("AddressNumber", number.ToString(CultureInfo.InvariantCulture)),
            new XElement("AddressTypeCode", "1"));
        foreach (var field in AddressFields)
        {
            address.Add(field == "ShippingMethodCode" ? new XElement(field, "1") : ExportXml.Nil(field));
        }

        return address;
    }
}
