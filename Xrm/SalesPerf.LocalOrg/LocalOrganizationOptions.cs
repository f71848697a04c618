using System;
using System.Collections.Generic;
using SalesPerf.LocalOrg.Query;
using SalesPerf.Plugins.Registration;
using SalesPerf.SolutionModel.Roles;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.LocalOrg;

/// <summary>How to build a <see cref="LocalOrganization"/>. Every member has a default; a test sets only what it needs.</summary>
public sealed record LocalOrganizationOptions
{
    /// <summary>The tables; null reads the solution source of the repository that contains the running assembly.</summary>
    public IReadOnlyCollection<TableDefinition>? Tables { get; init; }

    /// <summary>The solution's security roles, installed as role rows; null reads the repository's Solution/Roles/.</summary>
    public IReadOnlyCollection<RoleDefinition>? Roles { get; init; }

    /// <summary>Extra tables (e.g. test-only ones) added to <see cref="Tables"/>.</summary>
    public IReadOnlyCollection<TableDefinition> AdditionalTables { get; init; } = [];

    /// <summary>The steps; null reads the SalesPerf.Plugins assembly's own declarations.</summary>
    public IReadOnlyList<StepRegistration>? Steps { get; init; }

    /// <summary>The custom APIs; null reads the SalesPerf.Plugins assembly's own declarations.</summary>
    public IReadOnlyList<CustomApiRegistration>? CustomApis { get; init; }

    /// <summary>Extra steps (e.g. test-only plug-ins) registered after <see cref="Steps"/>.</summary>
    public IReadOnlyList<StepRegistration> AdditionalSteps { get; init; } = [];

    /// <summary>
    /// Registers the steps as the packed solution ships them: the steps (declared and additional) on these messages
    /// are left out, and each remaining step gets the unsecure configuration the packer writes for it
    /// (<see cref="StepConfiguration.For"/>). Empty (the default): every step, without configuration.
    /// </summary>
    public IReadOnlyCollection<string> OmitStepsOnMessages { get; init; } = [];

    /// <summary>Extra custom APIs registered after <see cref="CustomApis"/>.</summary>
    public IReadOnlyList<CustomApiRegistration> AdditionalCustomApis { get; init; } = [];

    /// <summary>The organisation's initial "now" (UTC).</summary>
    public DateTime UtcNow { get; init; } = new(2026, 1, 15, 9, 0, 0, DateTimeKind.Utc);

    public string OrganizationName { get; init; } = "SalesPerf Local";

    public string BaseCurrencyCode { get; init; } = "CNY";

    public string BaseCurrencyName { get; init; } = "Chinese Yuan";

    public string BaseCurrencySymbol { get; init; } = "¥";

    public int BaseCurrencyPrecision { get; init; } = 2;

    public int FiscalYearStartMonth { get; init; } = 1;

    public int FiscalYearStartDay { get; init; } = 1;

    public FiscalPeriodType FiscalPeriodType { get; init; } = FiscalPeriodType.Quarterly;

    /// <summary>The time zone of "today", whole-day operators and unspecified date-times.</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>1033 English, 2052 Simplified Chinese.</summary>
    public int LanguageCode { get; init; } = 1033;
}
