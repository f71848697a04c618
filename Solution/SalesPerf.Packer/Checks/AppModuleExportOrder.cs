using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace SalesPerf.Packer.Checks;

/// <summary>Child orders of the app parts in a 9.2 export (solution-format 11, 12; reference/appmodule.xml, appmodule-sitemap.xml).</summary>
public static class AppModuleExportOrder
{
    public static readonly IReadOnlyList<string> AppModule =
    [
        "UniqueName", "IntroducedVersion", "WebResourceId", "OptimizedFor", "statecode", "statuscode", "FormFactor", "ClientType",
        "NavigationType", "AppModuleComponents", "AppModuleRoleMaps", "LocalizedNames", "Descriptions", "appelements", "appsettings",
    ];

    public static readonly IReadOnlyList<string> AppModuleSiteMap =
        ["SiteMapUniqueName", "EnableCollapsibleGroups", "ShowHome", "ShowPinned", "ShowRecents", "SiteMap", "LocalizedNames"];

    /// <summary>The first child that is unknown or out of <paramref name="order"/>, as a message; null when the children follow it.</summary>
    public static string? Problem(XElement parent, IReadOnlyList<string> order, string label)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(order);
        var positions = order.ToList();
        var last = -1;
        foreach (var name in parent.Elements().Select(e => e.Name.LocalName))
        {
            var index = positions.IndexOf(name);
            if (index < 0)
            {
                return $"{label} has the child <{name}>, which a real export does not write there (order: {string.Join(", ", order)}).";
            }

            if (index <= last)
            {
                return $"{label}: <{name}> comes after <{order[last]}>, but a real export writes it earlier (order: {string.Join(", ", order)}).";
            }

            last = index;
        }

        return null;
    }
}
