using System;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Demo.Generation;

/// <summary>One operation of the demo: a request sent at a moment of the organisation's clock.</summary>
/// <param name="At">The organisation's UTC time when the request is sent.</param>
/// <param name="Label">What the step does, for people.</param>
/// <param name="Request">A platform or custom API request, or one of the <see cref="DemoRequests"/> the runner handles itself.</param>
public sealed record DemoStep(DateTime At, string Label, OrganizationRequest Request);
