using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Setup;

namespace SalesPerf.LocalOrg.Tests.Setup;

/// <summary>
/// spm_CompleteSetup and spm_GetSetupStatus in an organisation right after the import (contract items 3 and 4): the
/// API registers exactly the steps of <see cref="SetupSteps.AtSetup"/> as rows with their declared ids, puts them in the
/// solution, answers what it did, does nothing the second time, refuses a rep and stops on a missing message.
/// </summary>
public sealed class CompleteSetupTests
{
    private static readonly IReadOnlyList<StepRegistration> SetupStepsDeclared =
        SetupSteps.AtSetup(PluginCatalog.ReadSteps(typeof(PluginCatalog).Assembly));

    [Fact]
    public void CompleteSetup_FreshImport_CreatesExactlyTheSetupStepsWithTheirFixedIds()
    {
        var org = AfterImport();
        var before = org.Rows("sdkmessageprocessingstep").Select(r => r.Id).ToHashSet();

        var response = org.Service.Execute(new OrganizationRequest(CompleteSetupPlugin.UniqueName));

        var created = org.Rows("sdkmessageprocessingstep").Where(r => !before.Contains(r.Id)).ToList();
        Assert.Equal(SetupStepsDeclared.Select(s => s.Id).OrderBy(id => id), created.Select(r => r.Id).OrderBy(id => id));
        Assert.Equal(5, created.Count);
        foreach (var step in SetupStepsDeclared)
        {
            var row = created.Single(r => r.Id == step.Id);
            Assert.Equal(step.Name, row.GetAttributeValue<string>("name"));
            Assert.Equal(step.Message, Name(org, "sdkmessage", row.GetAttributeValue<EntityReference>("sdkmessageid")));
            Assert.Equal(step.PrimaryEntity, Row(org, "sdkmessagefilter", row.GetAttributeValue<EntityReference>("sdkmessagefilterid")).GetAttributeValue<string>("primaryobjecttypecode"));
            Assert.Equal(step.PluginType.FullName, Row(org, "plugintype", row.GetAttributeValue<EntityReference>("eventhandler")).GetAttributeValue<string>("typename"));
            Assert.Equal(row.GetAttributeValue<EntityReference>("eventhandler").Id, row.GetAttributeValue<EntityReference>("plugintypeid").Id);
            Assert.Equal((int)step.Stage, row.GetAttributeValue<OptionSetValue>("stage").Value);
            Assert.Equal((int)step.Mode, row.GetAttributeValue<OptionSetValue>("mode").Value);
            Assert.Equal(step.Rank, row.GetAttributeValue<int>("rank"));
            Assert.Equal(0, row.GetAttributeValue<OptionSetValue>("supporteddeployment").Value);
        }

        Assert.Equal(Names(SetupStepsDeclared), Lines(response, CompleteSetupPlugin.RegisteredProperty));
        Assert.Empty(Lines(response, CompleteSetupPlugin.AlreadyRegisteredProperty));
        Assert.Equal("5 steps registered, 0 already there.", response[CompleteSetupPlugin.SummaryProperty]);
    }

    [Fact]
    public void CompleteSetup_UnmanagedImport_AddsEachStepToTheSolutionAsComponentType92()
    {
        var org = AfterImport();

        org.Service.Execute(new OrganizationRequest(CompleteSetupPlugin.UniqueName));

        var solution = Assert.Single(org.Rows("solution"), s => s.GetAttributeValue<string>("uniquename") == CompleteSetupPlugin.SolutionUniqueName);
        var components = org.Rows("solutioncomponent").Where(c => c.GetAttributeValue<EntityReference>("solutionid").Id == solution.Id).ToList();
        Assert.Equal(SetupStepsDeclared.Select(s => s.Id).OrderBy(id => id), components.Select(c => c.GetAttributeValue<Guid>("objectid")).OrderBy(id => id));
        Assert.All(components, c => Assert.Equal(92, c.GetAttributeValue<OptionSetValue>("componenttype").Value));
    }

    [Fact]
    public void CompleteSetup_ManagedImport_RegistersTheStepsAndAddsNoComponent()
    {
        // AddSolutionComponent adds to unmanaged solutions only: the steps then stay in the active layer.
        var org = new LocalOrganization(new LocalOrganizationOptions { CompleteSetup = false, ImportManaged = true });

        var response = org.Service.Execute(new OrganizationRequest(CompleteSetupPlugin.UniqueName));

        Assert.Equal(5, Lines(response, CompleteSetupPlugin.RegisteredProperty).Count);
        Assert.Empty(org.Rows("solutioncomponent"));
    }

    [Fact]
    public void CompleteSetup_SecondRun_CreatesNothingAndListsEveryStepAsAlreadyRegistered()
    {
        var org = AfterImport();
        org.Service.Execute(new OrganizationRequest(CompleteSetupPlugin.UniqueName));
        var steps = org.Rows("sdkmessageprocessingstep").Count;
        var components = org.Rows("solutioncomponent").Count;

        var response = org.Service.Execute(new OrganizationRequest(CompleteSetupPlugin.UniqueName));

        Assert.Equal(steps, org.Rows("sdkmessageprocessingstep").Count);
        Assert.Equal(components, org.Rows("solutioncomponent").Count);
        Assert.Empty(Lines(response, CompleteSetupPlugin.RegisteredProperty));
        Assert.Equal(Names(SetupStepsDeclared), Lines(response, CompleteSetupPlugin.AlreadyRegisteredProperty));
        Assert.Equal("0 steps registered, 5 already there.", response[CompleteSetupPlugin.SummaryProperty]);
    }

    [Fact]
    public void CompleteSetup_StepChangedSinceLastRun_UpdatedBackToTheDeclaration()
    {
        var org = AfterImport();
        org.Service.Execute(new OrganizationRequest(CompleteSetupPlugin.UniqueName));
        var step = SetupStepsDeclared[0];
        org.Service.Update(new Entity("sdkmessageprocessingstep", step.Id) { ["rank"] = step.Rank + 7 });

        var response = org.Service.Execute(new OrganizationRequest(CompleteSetupPlugin.UniqueName));

        Assert.Equal(step.Rank, org.Rows("sdkmessageprocessingstep").Single(r => r.Id == step.Id).GetAttributeValue<int>("rank"));
        Assert.Contains(step.Name, Lines(response, CompleteSetupPlugin.AlreadyRegisteredProperty));
    }

    [Fact]
    public void CompleteSetup_ChineseCaller_SummaryInChinese()
    {
        var org = new LocalOrganization(new LocalOrganizationOptions { CompleteSetup = false, LanguageCode = 2052 });

        var response = org.Service.Execute(new OrganizationRequest(CompleteSetupPlugin.UniqueName));

        Assert.Equal("已注册 5 个步骤，0 个已存在。", response[CompleteSetupPlugin.SummaryProperty]);
    }

    [Theory]
    [InlineData(1033, "[SPM-SET-001] Complete setup: user")]
    [InlineData(2052, "[SPM-SET-001] 完成设置：用户")]
    public void CompleteSetup_Rep_RefusedInTheirLanguageAndNothingWritten(int language, string expectedStart)
    {
        var org = AfterImport();
        var rep = org.CreateUser("Rita Rep");
        org.AssignRole(rep, "SalesPerf Rep");
        org.Service.Update(new Entity("usersettings", rep) { ["uilanguageid"] = language });
        var steps = org.Rows("sdkmessageprocessingstep").Count;

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            org.ServiceFor(rep).Execute(new OrganizationRequest(CompleteSetupPlugin.UniqueName)));

        Assert.StartsWith(expectedStart, fault.Message, StringComparison.Ordinal);
        Assert.Contains("Rita Rep", fault.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(rep.ToString(), fault.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(steps, org.Rows("sdkmessageprocessingstep").Count);
        Assert.Empty(org.Rows("solutioncomponent"));
    }

    [Fact]
    public void CompleteSetup_SalesPerfAdmin_Registers()
    {
        var org = AfterImport();
        var admin = org.CreateUser("Ada Admin");
        org.AssignRole(admin, "SalesPerf Admin");

        var response = org.ServiceFor(admin).Execute(new OrganizationRequest(CompleteSetupPlugin.UniqueName));

        Assert.Equal(5, Lines(response, CompleteSetupPlugin.RegisteredProperty).Count);
    }

    [Fact]
    public void CompleteSetup_NoLoseMessage_FaultsNamingItAndWritesNothing()
    {
        var org = AfterImport();
        var lose = org.Rows("sdkmessage").Single(m => m.GetAttributeValue<string>("name") == MessageNames.Lose);
        foreach (var filter in org.Rows("sdkmessagefilter").Where(f => f.GetAttributeValue<EntityReference>("sdkmessageid").Id == lose.Id))
        {
            org.Service.Delete("sdkmessagefilter", filter.Id);
        }

        org.Service.Delete("sdkmessage", lose.Id);
        var steps = org.Rows("sdkmessageprocessingstep").Count;

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            org.Service.Execute(new OrganizationRequest(CompleteSetupPlugin.UniqueName)));

        Assert.StartsWith("[SPM-SET-002] Complete setup: this organisation has no SDK message named 'Lose'", fault.Message, StringComparison.Ordinal);
        Assert.Equal(steps, org.Rows("sdkmessageprocessingstep").Count);
        Assert.Empty(org.Rows("solutioncomponent"));
    }

    [Fact]
    public void GetSetupStatus_BeforeAndAfterSetup_FalseListingTheMissingStepsThenTrue()
    {
        var org = AfterImport();
        var rep = org.CreateUser("Rita Rep");
        org.AssignRole(rep, "SalesPerf Rep");

        var before = org.ServiceFor(rep).Execute(new OrganizationRequest(GetSetupStatusPlugin.UniqueName));
        org.Service.Execute(new OrganizationRequest(CompleteSetupPlugin.UniqueName));
        var after = org.ServiceFor(rep).Execute(new OrganizationRequest(GetSetupStatusPlugin.UniqueName));

        Assert.Equal(false, before[GetSetupStatusPlugin.IsCompleteProperty]);
        Assert.Equal(Names(SetupStepsDeclared), Lines(before, GetSetupStatusPlugin.MissingProperty));
        Assert.Equal(true, after[GetSetupStatusPlugin.IsCompleteProperty]);
        Assert.Empty(Lines(after, GetSetupStatusPlugin.MissingProperty));
    }

    [Fact]
    public void NewOrganisation_DefaultOptions_IsSetUpWithCountersCleared()
    {
        var org = new LocalOrganization();

        Assert.True(SetupStepsDeclared.All(s => org.Rows("sdkmessageprocessingstep").Any(r => r.Id == s.Id)));
        Assert.Empty(org.StepLog);
        Assert.Equal(0, org.ServiceCalls.Total);
    }

    private static LocalOrganization AfterImport() => new(new LocalOrganizationOptions { CompleteSetup = false });

    private static Entity Row(LocalOrganization org, string table, EntityReference reference) =>
        org.Rows(table).Single(r => r.Id == reference.Id);

    private static string Name(LocalOrganization org, string table, EntityReference reference) =>
        Row(org, table, reference).GetAttributeValue<string>("name");

    private static List<string> Names(IEnumerable<StepRegistration> steps) => steps.Select(s => s.Name).ToList();

    private static List<string> Lines(OrganizationResponse response, string property) =>
        ((string)response[property]).Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
}
