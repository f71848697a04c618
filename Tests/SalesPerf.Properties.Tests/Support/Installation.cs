using System;
using System.Collections.Generic;
using SalesPerf.LocalOrg;
using SalesPerf.Plugins.Registration;
using SalesPerf.SolutionModel;

namespace SalesPerf.Properties.Tests.Support;

/// <summary>
/// What every world imports, read once per test run: the solution's tables and roles and the plug-in assembly's steps
/// and custom APIs (exactly what a <see cref="LocalOrganization"/> reads for itself when they are not given).
/// </summary>
public static class Installation
{
    private static readonly Lazy<SolutionMetadata> Solution = new(() => SolutionMetadata.LoadFromRepository(AppContext.BaseDirectory));
    private static readonly Lazy<IReadOnlyList<StepRegistration>> Steps = new(() => PluginCatalog.ReadSteps(typeof(PluginCatalog).Assembly));
    private static readonly Lazy<IReadOnlyList<CustomApiRegistration>> Apis = new(() => PluginCatalog.ReadCustomApis(typeof(PluginCatalog).Assembly));

    public static LocalOrganizationOptions Options(DateTime utcNow) => new()
    {
        UtcNow = utcNow,
        Tables = Solution.Value.Tables,
        Roles = Solution.Value.Roles,
        Steps = Steps.Value,
        CustomApis = Apis.Value,
    };
}
