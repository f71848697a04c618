using System;
using System.Collections.Generic;

namespace SalesPerf.Scenarios.Model;

/// <summary>A parsed scenario file: every value already converted by column metadata, lookups still unresolved.</summary>
public sealed record ScenarioDefinition(
    string Name,
    DateTime? Clock,
    OrganizationSpec Organization,
    IReadOnlyList<CurrencySpec> Currencies,
    IReadOnlyList<UserSpec> Users,
    IReadOnlyList<TeamSpec> Teams,
    IReadOnlyList<ScenarioStep> Steps);
