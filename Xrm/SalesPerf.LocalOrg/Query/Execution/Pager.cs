using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg.Faults;

namespace SalesPerf.LocalOrg.Query.Execution;

/// <summary>
/// Cuts the ordered result into the requested page and fills MoreRecords, PagingCookie and TotalRecordCount
/// (doc 3.7). The page is found by number; the cookie, in the platform's format, is checked for well-formedness
/// and otherwise only handed back, which gives the same pages while the data does not change between calls.
/// </summary>
internal static class Pager
{
    /// <summary>The platform stops counting at 5,000 and reports that the limit was exceeded.</summary>
    public const int TotalCountLimit = 5000;

    public static EntityCollection Page(IReadOnlyList<Entity> all, PageRequest request, string entityName, string? keyColumn)
    {
        if (request.Cookie is { } cookie)
        {
            CheckCookie(cookie);
        }

        var result = new EntityCollection { EntityName = entityName, TotalRecordCount = -1 };
        IReadOnlyList<Entity> page;
        if (request.Top is { } top)
        {
            page = all.Take(top).ToList();
        }
        else
        {
            var skip = (long)(request.PageNumber - 1) * request.PageSize;
            page = all.Skip((int)Math.Min(skip, int.MaxValue)).Take(request.PageSize).ToList();
            result.MoreRecords = skip + page.Count < all.Count;
            if (keyColumn is not null && page.Count > 0)
            {
                result.PagingCookie = Cookie(request.PageNumber, keyColumn, page[0].Id, page[^1].Id);
            }
        }

        foreach (var entity in page)
        {
            result.Entities.Add(entity);
        }

        if (request.ReturnTotalRecordCount)
        {
            result.TotalRecordCount = Math.Min(all.Count, TotalCountLimit);
            result.TotalRecordCountLimitExceeded = all.Count > TotalCountLimit;
        }

        return result;
    }

    private static string Cookie(int page, string keyColumn, Guid first, Guid last) =>
        new XElement(
            "cookie",
            new XAttribute("page", page.ToString(CultureInfo.InvariantCulture)),
            new XElement(
                keyColumn,
                new XAttribute("last", last.ToString("B").ToUpperInvariant()),
                new XAttribute("first", first.ToString("B").ToUpperInvariant()))).ToString(SaveOptions.DisableFormatting);

    private static void CheckCookie(string cookie)
    {
        try
        {
            if (XElement.Parse(cookie).Name.LocalName != "cookie")
            {
                throw OrganizationFaults.InvalidArgument("The paging cookie is not valid: its root element must be 'cookie'.");
            }
        }
        catch (XmlException exception)
        {
            throw OrganizationFaults.InvalidArgument("The paging cookie is not valid XML: " + exception.Message);
        }
    }
}
