using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Checks;
using SalesPerf.Packer.Steps;
using SalesPerf.Packer.Tests.Infrastructure;
using SalesPerf.Plugins.Attainment;
using SalesPerf.Plugins.Commission;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.Packer.Tests;

/// <summary>
/// The packed Update/SetState steps of opportunity and salesorder are told, in their unsecure configuration
/// (<c>SdkMessageProcessingStep/Configuration</c>, XSD position after <c>AsyncAutoDelete</c>), which close messages lost
/// their steps because their SDK message ids are not confirmed (solution-format 9.4); nothing else carries one.
/// </summary>
public sealed class StepConfigurationTests
{
    private const string OpportunityCloses = "closesWithoutStep=Lose,Win";
    private const string OrderCloses = "closesWithoutStep=CancelSalesOrder,FulfillSalesOrder";

    // The synchronous PostOperation Update, SetState and SetStateDynamicEntity steps of the two closable tables.
    private static readonly Dictionary<string, string> Expected = new(StringComparer.Ordinal)
    {
        [OpportunityAttainmentPlugin.UpdateStepId] = OpportunityCloses,
        [OpportunityAttainmentPlugin.SetStateStepId] = OpportunityCloses,
        [OpportunityAttainmentPlugin.SetStateDynamicStepId] = OpportunityCloses,
        [OpportunityCommissionPlugin.UpdateStepId] = OpportunityCloses,
        [OpportunityCommissionPlugin.SetStateStepId] = OpportunityCloses,
        [OpportunityCommissionPlugin.SetStateDynamicStepId] = OpportunityCloses,
        [SalesOrderAttainmentPlugin.UpdateStepId] = OrderCloses,
        [SalesOrderAttainmentPlugin.SetStateStepId] = OrderCloses,
        [SalesOrderAttainmentPlugin.SetStateDynamicStepId] = OrderCloses,
        [SalesOrderCommissionPlugin.UpdateStepId] = OrderCloses,
    };

    private static IEnumerable<XElement> Steps(byte[] zip) => Packages.Customizations(zip).Element("SdkMessageProcessingSteps")!.Elements();

    [Fact]
    public void Pack_ClosesWithoutConfirmedIds_ConfigurationOnExactlyTheNestedStepsOfTheirTables()
    {
        var configured = Steps(Packages.Managed)
            .Where(s => s.Element("Configuration") is not null)
            .ToDictionary(s => Guid.Parse((string)s.Attribute("SdkMessageProcessingStepId")!).ToString("D"), s => s.Element("Configuration")!.Value);

        Assert.Equal(Expected.OrderBy(e => e.Key), configured.OrderBy(e => e.Key));
    }

    [Fact]
    public void Pack_Configuration_FollowsAsyncAutoDeleteAndPassesTheChecks()
    {
        Assert.All(Steps(Packages.Managed).Where(s => s.Element("Configuration") is not null), step =>
            Assert.Equal("AsyncAutoDelete", ((XElement)step.Element("Configuration")!.PreviousNode!).Name.LocalName));

        var report = PackageChecker.Check(Packages.Managed, Repository.Metadata);

        Assert.True(report.Passed, string.Join(Environment.NewLine, report.Failures.Select(f => f.Rule + ": " + f.Message)));
    }

    [Fact]
    public void Pack_EveryMessageConfirmed_NoStepCarriesAConfiguration()
    {
        // With every close id confirmed nothing would be omitted: the same as packing only steps on confirmed messages.
        var input = Repository.Input(managed: true);
        var confirmedOnly = input with { Steps = input.Steps.Where(s => SdkMessageIds.TryGet(s.Message, out _)).ToList() };

        Assert.Empty(SolutionPacker.OmittedSteps(confirmedOnly));
        Assert.DoesNotContain(Steps(SolutionPacker.Pack(confirmedOnly)), s => s.Element("Configuration") is not null);
    }

    [Fact]
    public void Pack_OnlyWinOmitted_OpportunityStepsNameWinAlone()
    {
        var input = Repository.Input(managed: true);
        var onlyWin = input with
        {
            Steps = input.Steps.Where(s => SdkMessageIds.TryGet(s.Message, out _) || s.Message == MessageNames.Win).ToList(),
        };

        var configured = Steps(SolutionPacker.Pack(onlyWin)).Select(s => s.Element("Configuration")?.Value).OfType<string>().Distinct();

        Assert.Equal(["closesWithoutStep=Win"], configured);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void TryParse_Empty_IsNone(string? text)
    {
        Assert.True(StepConfiguration.TryParse(text, out var configuration));
        Assert.Empty(configuration.ClosesWithoutStep);
    }

    [Theory]
    [InlineData("closesWithoutStep=Win,Lose", new[] { "Lose", "Win" })]
    [InlineData(" closesWithoutStep = FulfillSalesOrder ", new[] { "FulfillSalesOrder" })]
    public void TryParse_WrittenForm_NamesTheCloses(string text, string[] closes)
    {
        Assert.True(StepConfiguration.TryParse(text, out var configuration));
        Assert.Equal(closes, configuration.ClosesWithoutStep);
    }

    [Theory]
    [InlineData("Win,Lose")] // no key
    [InlineData("closes=Win")] // another key
    [InlineData("closesWithoutStep=Update")] // not a close message
    [InlineData("closesWithoutStep=win")] // message names are case-sensitive
    [InlineData("closesWithoutStep=")] // an empty name
    public void TryParse_AnythingElse_IsRefused(string text)
    {
        Assert.False(StepConfiguration.TryParse(text, out _));
    }

    [Fact]
    public void Write_Closes_SortedAfterTheKeyAndEmptyForNone()
    {
        Assert.Equal("closesWithoutStep=CancelSalesOrder,FulfillSalesOrder", StepConfiguration.Of([MessageNames.FulfillSalesOrder, MessageNames.CancelSalesOrder]).Write());
        Assert.Equal("", StepConfiguration.None.Write());
    }
}
