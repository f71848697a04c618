using System;
using SalesPerf.Domain.Periods;

namespace SalesPerf.Plugins.DataAccess.Facts;

/// <summary>One group of <see cref="Fetch.ClosedLeadFetch"/>: an owner's leads qualified (state 1) or disqualified (2) in a bucket of <c>spm_closedon</c>.</summary>
public sealed record LeadBucket(Guid OwnerId, int State, CalendarDate Closed, int Leads);
