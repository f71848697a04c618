using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Tests.Infrastructure;
using SalesPerf.Packer.Writers;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Targets;

namespace SalesPerf.Packer.Tests;

public sealed class StepTests
{
    // solution-format 9.4, verified ids.
    private static readonly Dictionary<string, string> DocumentedMessageIds = new(StringComparer.Ordinal)
    {
        ["Assign"] = "8cbdbb1b-ea3e-db11-86a7-000a3a5473e8",
        ["Create"] = "9ebdbb1b-ea3e-db11-86a7-000a3a5473e8",
        ["Delete"] = "a1bdbb1b-ea3e-db11-86a7-000a3a5473e8",
        ["GrantAccess"] = "c5bdbb1b-ea3e-db11-86a7-000a3a5473e8",
        ["Merge"] = "dbbdbb1b-ea3e-db11-86a7-000a3a5473e8",
        ["ModifyAccess"] = "dcbdbb1b-ea3e-db11-86a7-000a3a5473e8",
        ["Retrieve"] = "f2bdbb1b-ea3e-db11-86a7-000a3a5473e8",
        ["RetrieveMultiple"] = "03bebb1b-ea3e-db11-86a7-000a3a5473e8",
        ["RetrievePrincipalAccess"] = "04bebb1b-ea3e-db11-86a7-000a3a5473e8",
        ["RetrieveSharedPrincipalsAndAccess"] = "10bebb1b-ea3e-db11-86a7-000a3a5473e8",
        ["RevokeAccess"] = "11bebb1b-ea3e-db11-86a7-000a3a5473e8",
        ["SetState"] = "1cbebb1b-ea3e-db11-86a7-000a3a5473e8",
        ["SetStateDynamicEntity"] = "1dbebb1b-ea3e-db11-86a7-000a3a5473e8",
        ["Update"] = "20bebb1b-ea3e-db11-86a7-000a3a5473e8",
    };

    private static IEnumerable<StepRegistration> Confirmed => Repository.Input(managed: true).Steps.Where(s => DocumentedMessageIds.ContainsKey(s.Message));

    // solution-format 9.3: 10 pre-validation, 20 pre-operation, 40 post-operation.
    private static readonly Dictionary<PipelineStage, string> DocumentedStages = new()
    {
        [PipelineStage.PreValidation] = "10",
        [PipelineStage.PreOperation] = "20",
        [PipelineStage.PostOperation] = "40",
    };

    private static IEnumerable<XElement> Steps => Packages.Customizations(Packages.Managed).Element("SdkMessageProcessingSteps")!.Elements();

    [Fact]
    public void Steps_EveryRegistrationOnAConfirmedMessage_IsWrittenWithItsFixedId()
    {
        Assert.NotEmpty(Confirmed);
        Assert.Equal(
            Confirmed.Select(r => r.Id.ToString("B")).Order(),
            Steps.Select(s => (string)s.Attribute("SdkMessageProcessingStepId")!).Order());
    }

    [Fact]
    public void Steps_RealSource_PacksEveryStepButTheOnesCompleteSetupRegisters()
    {
        var declared = Repository.Input(managed: true).Steps;
        // The contract: the zip leaves out exactly the steps on Win, Lose, FulfillSalesOrder, CancelSalesOrder and QualifyLead.
        string[] setupMessages = [MessageNames.Win, MessageNames.Lose, MessageNames.FulfillSalesOrder, MessageNames.CancelSalesOrder, MessageNames.QualifyLead];
        var expected = declared.Where(s => !setupMessages.Contains(s.Message)).Select(s => s.Id.ToString("B")).Order();

        Assert.Contains(declared, s => setupMessages.Contains(s.Message));
        Assert.Equal(expected, Steps.Select(s => (string)s.Attribute("SdkMessageProcessingStepId")!).Order());
    }

    [Fact]
    public void Steps_RealSource_SummaryCountsPackedDeclaredAndSetupSteps()
    {
        var declared = Repository.Input(managed: true).Steps;

        var summary = SolutionPacker.Steps(Repository.Input(managed: true));

        Assert.Equal(Steps.Count(), summary.Packed);
        Assert.Equal(declared.Count, summary.Declared);
        Assert.Equal(SetupSteps.AtSetup(declared).Count, summary.AtSetup);
        Assert.Equal(summary.Declared, summary.Packed + summary.AtSetup);
        Assert.Equal($"{summary.Packed} of {summary.Declared} steps packed; {summary.AtSetup} registered by Complete setup", summary.ToString());
    }

    [Fact]
    public void Steps_RealSource_NoStepCarriesAnUnsecureConfiguration()
    {
        Assert.All(Steps, step => Assert.Null(step.Element("Configuration")));
    }

    [Fact]
    public void Steps_EveryRegistration_UsesTheDocumentedMessageIdStageAndMode()
    {
        foreach (var registration in Confirmed)
        {
            var step = StepOf(registration);

            Assert.Equal(DocumentedMessageIds[registration.Message], step.Element("SdkMessageId")!.Value);
            Assert.Equal(DocumentedStages[registration.Stage], step.Element("Stage")!.Value);
            Assert.Equal(registration.Mode == ExecutionMode.Synchronous ? "0" : "1", step.Element("Mode")!.Value);
            Assert.Equal("4602", step.Element("EventHandlerTypeCode")!.Value);
            Assert.Equal(registration.PrimaryEntity, step.Element("PrimaryEntity")!.Value);
            Assert.Equal(registration.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture), step.Element("Rank")!.Value);
            Assert.Equal(string.Join(",", registration.FilteringAttributes), step.Element("FilteringAttributes")!.Value);
        }
    }

    [Fact]
    public void Steps_TargetUpdateStep_FiltersOnTheComputedColumnsAndSnapshotsTheTarget()
    {
        var step = Steps.Single(s => (string)s.Attribute("SdkMessageProcessingStepId")! == "{" + TargetValidationPlugin.UpdateStepId + "}");

        Assert.Contains("spm_targetvalue", step.Element("FilteringAttributes")!.Value.Split(','));
        var image = Assert.Single(step.Descendants("SdkMessageProcessingStepImage"));
        Assert.Equal("0", image.Element("ImageType")!.Value);
        Assert.Equal("Target", image.Element("MessagePropertyName")!.Value);
        Assert.Equal("spm_name,spm_kpiid,spm_periodid,spm_targetvalue,spm_stretchvalue,spm_thresholdpercent,spm_scorecap,spm_weight", image.Element("Attributes")!.Value);
        Assert.Matches("^\\{[0-9a-f-]{36}\\}$", image.Element("SdkMessageProcessingStepImageId")!.Value);
    }

    [Fact]
    public void Steps_PluginTypeName_IsTheTypeWithTheSignedAssemblyFullName()
    {
        var fullName = Repository.Input(managed: true).PluginAssembly.FullName;

        foreach (var step in Steps)
        {
            Assert.EndsWith(", " + fullName, step.Element("PluginTypeName")!.Value, StringComparison.Ordinal);
            Assert.Matches("PublicKeyToken=[0-9a-f]{16}$", step.Element("PluginTypeName")!.Value);
            Assert.Matches("^[0-9a-f-]{36}$", step.Element("PluginTypeId")!.Value);
        }
    }

    [Fact]
    public void Pack_WinStep_IsLeftOutForCompleteSetup()
    {
        var win = new StepRegistration(
            new Guid("0e7c3b58-9d55-4c0a-bd8e-5a3b1f0c2d11"), typeof(TargetValidationPlugin), MessageNames.Win, "opportunity",
            PipelineStage.PostOperation, ExecutionMode.Synchronous, 1, [], [], "Win step", "");
        var input = Repository.Input(managed: true) with { Steps = [win] };

        var zip = SolutionPacker.Pack(input);

        // solution-format 9.4: the Win id is not public, so no step and no type-92 root component is written.
        Assert.Empty(Packages.Customizations(zip).Element("SdkMessageProcessingSteps")!.Elements());
        Assert.DoesNotContain(Packages.Manifest(zip).Element("RootComponents")!.Elements(), r => (string)r.Attribute("type")! == "92");
        Assert.Equal(new StepSummary(0, 1, 1), SolutionPacker.Steps(input));
    }

    [Fact]
    public void Pack_PackedStepOnAMessageWithoutConfirmedId_FailsNamingTheStep()
    {
        // Associate is neither confirmed (solution-format 9.4) nor registered at setup: packing it would need a guessed id.
        var associate = new StepRegistration(
            new Guid("7a2c1e40-3b7d-4f5e-9c21-6d0e8f1a2b33"), typeof(TargetValidationPlugin), "Associate", "spm_target",
            PipelineStage.PostOperation, ExecutionMode.Synchronous, 1, [], [], "Associate step", "");

        var exception = Assert.Throws<PackException>(() => SolutionPacker.Pack(Repository.Input(managed: true) with { Steps = [associate] }));

        Assert.Contains("Step 'Associate step' (7a2c1e40-3b7d-4f5e-9c21-6d0e8f1a2b33) runs on Associate, whose SDK message id is not confirmed", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StepWriter_MessageWithUnconfirmedId_ThrowsPackException()
    {
        var win = new StepRegistration(
            new Guid("0e7c3b58-9d55-4c0a-bd8e-5a3b1f0c2d11"), typeof(TargetValidationPlugin), MessageNames.Win, "opportunity",
            PipelineStage.PostOperation, ExecutionMode.Synchronous, 1, [], [], "Win step", "");

        var exception = Assert.Throws<PackException>(() => StepWriter.Write(new PackContext(Repository.Input(managed: true)), win));

        Assert.Contains("Step 'Win step' (0e7c3b58-9d55-4c0a-bd8e-5a3b1f0c2d11) runs on Win, whose SDK message id is not confirmed", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StepWriter_CreateStepWithPostImage_UsesIdAsMessageProperty()
    {
        var input = Repository.Input(managed: true);
        var create = new StepRegistration(
            new Guid("5d1f0d3e-0d6b-4d7f-8f25-0b6b7c7b1a22"), typeof(TargetValidationPlugin), MessageNames.Create, "spm_target",
            PipelineStage.PostOperation, ExecutionMode.Asynchronous, 2, [],
            [new ImageRegistration("PostImage", "PostImage", ImageType.PostImage, ["spm_name"])], "Create step", "");

        var step = StepWriter.Write(new PackContext(input), create);

        // MikeF's export: a Create post-image snapshots "id"; an asynchronous step has Mode 1.
        Assert.Equal("id", step.Descendants("MessagePropertyName").Single().Value);
        Assert.Equal("1", step.Descendants("ImageType").Single().Value);
        Assert.Equal("1", step.Element("Mode")!.Value);
        Assert.Null(step.Element("Description"));
    }

    private static XElement StepOf(StepRegistration registration) =>
        Steps.Single(s => (string)s.Attribute("SdkMessageProcessingStepId")! == registration.Id.ToString("B"));
}
