using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace SalesPerf.Scenarios.Running;

/// <summary>Every row a query matches, page by page (the platform returns at most 5,000 rows per page).</summary>
internal static class RowReader
{
    public static IReadOnlyList<Entity> All(IOrganizationService service, QueryExpression query)
    {
        var rows = new List<Entity>();
        query.PageInfo = new PagingInfo { Count = 5000, PageNumber = 1 };
        while (true)
        {
            var page = service.RetrieveMultiple(query);
            rows.AddRange(page.Entities);
            if (!page.MoreRecords)
            {
                return rows;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }
    }
}
