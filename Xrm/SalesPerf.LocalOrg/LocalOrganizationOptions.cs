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

    /// <summary>
    /// The platform's base sales roles installed beside the solution's (fixtures granting the checked sales tables);
    /// null installs <see cref="Security.BaseSalesRoles.All"/> (Salesperson, Sales Manager), empty installs none.
    /// </summary>
    public IReadOnlyCollection<RoleDefinition>? BaseRoles { get; init; }

    /// <summary>Extra tables (e.g. test-only ones) added to <see cref="Tables"/>.</summary>
    public IReadOnlyCollection<TableDefinition> AdditionalTables { get; init; } = [];

    /// <summary>The steps; null reads the SalesPerf.Plugins assembly's own declarations.</summary>
    public IReadOnlyList<StepRegistration>? Steps { get; init; }

    /// <summary>The custom APIs; null reads the SalesPerf.Plugins assembly's own declarations.</summary>
    public IReadOnlyList<CustomApiRegistration>? CustomApis { get; init; }

    /// <summary>Extra steps (e.g. test-only plug-ins) imported after <see cref="Steps"/>, whatever their message.</summary>
    public IReadOnlyList<StepRegistration> AdditionalSteps { get; init; } = [];

    /// <summary>
    /// Runs <c>spm_CompleteSetup</c> as the built-in administrator right after the import (the default), so the
    /// organisation is the one an admin has after import + Complete setup: every declared step fires. False gives the
    /// organisation right after the import: only the steps the zip carries (<see cref="SetupSteps.Packed"/>), none on
    /// Win, Lose, FulfillSalesOrder or CancelSalesOrder. When <see cref="Steps"/> is given (a test's own declarations,
    /// which the setup API does not read), setup writes the rows of <see cref="SetupSteps.AtSetup"/> of those steps.
    /// </summary>
    public bool CompleteSetup { get; init; } = true;

    /// <summary>Whether the solution row says the solution was imported managed (AddSolutionComponent then adds nothing to it).</summary>
    public bool ImportManaged { get; init; }

    /// <summary>
    /// Whether Win, Lose, FulfillSalesOrder and CancelSalesOrder change the closed row through a nested platform Update
    /// (true: Update steps of the row fire inside the close, as SetState and Assign do here) or write it directly
    /// (false: the same columns, system columns and row version, but no Update step fires). Which one the platform does
    /// is NOT VERIFIED (semantics doc 10), so SalesPerf must give the same result either way, and tests run both.
    /// Default true: the harder case for the plug-ins (the nested steps fire and must stand aside), and the behaviour
    /// every existing call budget and step log was measured against.
    /// </summary>
    public bool CloseRaisesNestedUpdate { get; init; } = true;

    /// <summary>
    /// Whether QualifyLead closes the lead through a nested platform SetState (true: the lead's SetState,
    /// SetStateDynamicEntity and Update steps fire inside QualifyLead) or writes it directly (false: no state-change
    /// step fires). NOT VERIFIED which the platform does; SalesPerf registers on QualifyLead itself (Complete setup) and
    /// must give the same rows either way. Default true, the harder case (the nested steps fire and must stand aside).
    /// </summary>
    public bool QualifyLeadRaisesNestedSetState { get; init; } = true;

    /// <summary>
    /// How <c>olderthan-x-days</c> (and -weeks, -months, -years) reads a value: false (the default) by whole days, before
    /// the start of today − X; true by instants, before now − X. Microsoft documents neither (semantics doc 3.1), so a
    /// view that depends on the boundary must give the same rows either way, and its test runs both.
    /// </summary>
    public bool OlderThanComparesInstants { get; init; }

    /// <summary>Extra custom APIs registered after <see cref="CustomApis"/>.</summary>
    public IReadOnlyList<CustomApiRegistration> AdditionalCustomApis { get; init; } = [];

    /// <summary>The scheduled cloud flows (<c>LocalOrganization.Scheduler</c>); null reads the repository's Solution/Flows/.</summary>
    public IReadOnlyList<SalesPerf.SolutionModel.Flows.ScheduledFlowDefinition>? ScheduledFlows { get; init; }

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
