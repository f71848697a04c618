using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Faults;

namespace SalesPerf.LocalOrg.Query.Execution;

/// <summary>
/// Top or paging, validated as the platform does: at most 5,000 rows per page or top, and never both (doc 3.7).
/// No page size means the default page of 5,000 rows with MoreRecords.
/// </summary>
internal sealed record PageRequest(int? Top, int PageSize, int PageNumber, string? Cookie, bool ReturnTotalRecordCount)
{
    public const int MaxPageSize = 5000;

    public static PageRequest From(int? top, PagingInfo? page)
    {
        var paged = page is not null && (page.Count != 0 || page.PageNumber != 0 || !string.IsNullOrEmpty(page.PagingCookie));
        if (top is not null && paged)
        {
            throw OrganizationFaults.InvalidArgument("The top attribute can't be specified with paging attribute page (TopCount and PageInfo are mutually exclusive).");
        }

        if (top is < 0 or > MaxPageSize)
        {
            throw OrganizationFaults.InvalidArgument($"TopCount must be between 0 and {MaxPageSize}; it was {top}.");
        }

        if (page is not null && (page.Count < 0 || page.Count > MaxPageSize))
        {
            throw OrganizationFaults.InvalidArgument($"PageInfo.Count must be between 1 and {MaxPageSize}; it was {page.Count}.");
        }

        if (page is not null && page.PageNumber < 0)
        {
            throw OrganizationFaults.InvalidArgument($"PageInfo.PageNumber must be 1 or more; it was {page.PageNumber}.");
        }

        return new PageRequest(
            top,
            page is { Count: > 0 } ? page.Count : MaxPageSize,
            page is { PageNumber: > 0 } ? page.PageNumber : 1,
            string.IsNullOrEmpty(page?.PagingCookie) ? null : page.PagingCookie,
            page?.ReturnTotalRecordCount ?? false);
    }
}
