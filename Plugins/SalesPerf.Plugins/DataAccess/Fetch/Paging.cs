using System.Globalization;
using System.Xml.Linq;

namespace SalesPerf.Plugins.DataAccess.Fetch;

/// <summary>Adds FetchXML page attributes (5,000 rows a page); the first page is sent as written.</summary>
public static class Paging
{
    public const int PageSize = 5000;

    public static string WithPage(string fetchXml, int page, string? cookie) =>
        page <= 1 ? fetchXml : Page(fetchXml, PageSize, page, cookie);

    /// <summary>Page <paramref name="page"/> of <paramref name="count"/> rows, with the cookie of the page before it when there is one.</summary>
    public static string Page(string fetchXml, int count, int page, string? cookie)
    {
        var fetch = XElement.Parse(fetchXml);
        fetch.SetAttributeValue("count", count.ToString(CultureInfo.InvariantCulture));
        fetch.SetAttributeValue("page", page.ToString(CultureInfo.InvariantCulture));
        if (!string.IsNullOrEmpty(cookie))
        {
            fetch.SetAttributeValue("paging-cookie", cookie);
        }

        return fetch.ToString(SaveOptions.DisableFormatting);
    }
}
