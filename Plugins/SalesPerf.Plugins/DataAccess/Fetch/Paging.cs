using System.Globalization;
using System.Xml.Linq;

namespace SalesPerf.Plugins.DataAccess.Fetch;

/// <summary>Adds FetchXML page attributes (5,000 rows a page); the first page is sent as written.</summary>
public static class Paging
{
    public const int PageSize = 5000;

    public static string WithPage(string fetchXml, int page, string? cookie)
    {
        if (page <= 1)
        {
            return fetchXml;
        }

        var fetch = XElement.Parse(fetchXml);
        fetch.SetAttributeValue("page", page.ToString(CultureInfo.InvariantCulture));
        fetch.SetAttributeValue("count", PageSize.ToString(CultureInfo.InvariantCulture));
        if (!string.IsNullOrEmpty(cookie))
        {
            fetch.SetAttributeValue("paging-cookie", cookie);
        }

        return fetch.ToString(SaveOptions.DisableFormatting);
    }
}
