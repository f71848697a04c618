using System;
using System.Collections.Generic;

namespace SalesPerf.Demo.Reporting;

/// <summary>Facts about the run shown at the top and bottom of the report.</summary>
internal sealed record ReportHeader(DateTime OrganisationTime, int Seed, int Operations, int Faults, IReadOnlyDictionary<string, int> PluginCalls);
