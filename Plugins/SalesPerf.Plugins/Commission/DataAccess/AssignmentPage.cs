using System.Collections.Generic;
using SalesPerf.Plugins.Commission.Rows;

namespace SalesPerf.Plugins.Commission.DataAccess;

/// <summary>One page of plan assignments, whether the platform has more, and its paging cookie.</summary>
internal sealed record AssignmentPage(IReadOnlyList<AssignmentRow> Rows, bool MoreRecords, string? PagingCookie);
