using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SalesPerf.Packer.Tests.Infrastructure;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.Packer.Tests;

/// <summary>
/// The setup page's browser tests answer with the step names spm_CompleteSetup really reports: the fixture's list
/// (WebResources/tests/support/fixtures.js, SETUP_STEPS) is the names of <see cref="SetupSteps.AtSetup"/>, so the page
/// is tested against what the API says and cannot drift from it.
/// </summary>
public sealed class SetupPageFixtureTests
{
    [Fact]
    public void SetupStepsFixture_BrowserTests_NameExactlyTheStepsCompleteSetupRegisters()
    {
        var fixtures = File.ReadAllText(Path.Combine(Repository.Root, "WebResources", "tests", "support", "fixtures.js"));
        var list = Regex.Match(fixtures, @"const SETUP_STEPS = \[(?<items>[^\]]*)\]").Groups["items"].Value;
        var named = Regex.Matches(list, "'(?<name>[^']+)'").Select(m => m.Groups["name"].Value).Order().ToArray();

        var declared = SetupSteps.AtSetup(PluginCatalog.ReadSteps(typeof(SetupSteps).Assembly)).Select(s => s.Name).Order().ToArray();

        Assert.Equal(5, declared.Length);
        Assert.Equal(declared, named);
    }
}
