using System;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Scenarios.Running;

/// <summary>A step turned into one request, every lookup already resolved; <see cref="Completed"/> runs after it succeeds.</summary>
internal sealed record PreparedRequest(OrganizationRequest Request, Action<OrganizationResponse>? Completed = null);
