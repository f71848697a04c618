using System;
using System.Collections.Generic;

namespace SalesPerf.Demo.Generation;

/// <summary>The generated organisation and its year of business, as ordered steps.</summary>
public sealed record DemoPlan(
    DemoOptions Options,
    IReadOnlyList<DemoStep> Steps,
    IReadOnlyList<DemoPerson> Reps,
    IReadOnlyList<DemoPerson> Managers,
    Guid YearPeriodId,
    DateTime BusinessEnd,
    Guid BaseCurrencyPlaceholder);
