using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Faults;
using SalesPerf.LocalOrg.Pipeline;
using SalesPerf.LocalOrg.Tests.Support;
using SalesPerf.Plugins.Registration;
using static SalesPerf.LocalOrg.Tests.Support.TestOrg;

namespace SalesPerf.LocalOrg.Tests;

public class PipelineTests
{
    [Fact]
    public void PostOperationException_RollsBackCoreOperationAndNestedWrites()
    {
        var org = Create(
            Step<CreateAccountPlugin>("Create", "test_widget", PipelineStage.PostOperation, rank: 1),
            Step<ThrowingPlugin>("Create", "test_widget", PipelineStage.PostOperation, rank: 2));

        var fault = Fault(() => org.Service.Create(new Entity("test_widget") { ["test_name"] = "w" }));

        Assert.Equal(ErrorCodes.IsvAborted, fault.Detail.ErrorCode);
        Assert.Equal("Rejected by ThrowingPlugin.", fault.Detail.Message);
        Assert.Equal(0, org.Count("test_widget"));
        Assert.Equal(0, org.Count("account"));
    }

    [Fact]
    public void NonPluginException_SurfacesAsGenericFault()
    {
        var org = Create(Step<CrashingPlugin>("Create", "account", PipelineStage.PreOperation));
        var fault = Fault(() => org.Account());
        Assert.Equal(ErrorCodes.IsvUnExpected, fault.Detail.ErrorCode);
        Assert.Contains("bug in plugin", fault.Detail.Message);
    }

    [Fact]
    public void AsyncStep_RunsOnlyWhenDrainedAndItsFailureKeepsTheCommittedRow()
    {
        var org = Create(
            Step<CreateAccountPlugin>("Create", "test_widget", PipelineStage.PostOperation, ExecutionMode.Asynchronous),
            Step<ThrowingPlugin>("Create", "test_widget", PipelineStage.PostOperation, ExecutionMode.Asynchronous));

        org.Service.Create(new Entity("test_widget") { ["test_name"] = "w" });
        Assert.Equal(0, org.Count("account"));
        Assert.Equal(2, org.PendingAsyncSteps);

        var ran = org.DrainAsync();

        Assert.Equal(2, ran);
        Assert.Equal(1, org.Count("test_widget"));
        Assert.Equal(1, org.Count("account"));
        var failure = Assert.Single(org.StepLog.Failures);
        Assert.Equal(1, failure.Mode);
    }

    [Fact]
    public void AsyncSteps_QueuedInRolledBackTransaction_AreDropped()
    {
        var org = Create(
            Step<CreateAccountPlugin>("Create", "test_widget", PipelineStage.PostOperation, ExecutionMode.Asynchronous),
            Step<ThrowingPlugin>("Create", "test_widget", PipelineStage.PostOperation));

        Fault(() => org.Service.Create(new Entity("test_widget") { ["test_name"] = "w" }));

        Assert.Equal(0, org.PendingAsyncSteps);
    }

    [Fact]
    public void RecursiveUpdate_BeyondDepth8_FaultsAndRollsBack()
    {
        var org = Create(Step<RecursiveUpdatePlugin>("Update", "account", PipelineStage.PostOperation));
        var id = org.Account();

        var fault = Fault(() => org.Service.Update(new Entity("account", id) { ["name"] = "go" }));

        Assert.Equal(ErrorCodes.SdkCorrelationTokenDepthTooHigh, fault.Detail.ErrorCode);
        Assert.Equal(Enumerable.Range(1, 8).Select(d => $"depth={d}"), org.Traces<RecursiveUpdatePlugin>());
        Assert.Equal("Acme", org.Service.Retrieve("account", id, new ColumnSet("name"))["name"]);
    }

    [Fact]
    public void Images_AreFilteredToDeclaredColumnsAndOmitNulls()
    {
        var org = Create(Step<TraceContextPlugin>(
            "Update", "account", PipelineStage.PostOperation, images: [PreImage("pre", "name", "accountnumber"), PostImage("post", "name", "revenue")]));
        var id = org.Service.Create(new Entity("account") { ["name"] = "Acme" });

        org.Service.Update(new Entity("account", id) { ["name"] = "Renamed" });

        var traces = org.Traces<TraceContextPlugin>();
        Assert.Contains("pre:pre=accountid,name", traces);
        Assert.Contains("post:post=accountid,name", traces);
    }

    [Fact]
    public void FilteringAttributes_StepRunsOnlyWhenTargetContainsAListedColumn()
    {
        var org = Create(Step<TraceNamePluginA>("Update", "account", PipelineStage.PreOperation, filtering: ["accountnumber"]));
        var id = org.Account();

        org.Service.Update(new Entity("account", id) { ["name"] = "x" });
        Assert.Empty(org.Traces<TraceNamePluginA>());

        org.Service.Update(new Entity("account", id) { ["accountnumber"] = "A1" });
        Assert.Single(org.Traces<TraceNamePluginA>());
    }

    [Fact]
    public void Steps_RunInRankThenRegistrationOrder()
    {
        var org = Create(
            Step<TraceNamePluginB>("Create", "account", PipelineStage.PreOperation, rank: 2),
            Step<TraceNamePluginA>("Create", "account", PipelineStage.PreOperation, rank: 1),
            Step<TraceContextPlugin>("Create", "account", PipelineStage.PreOperation, rank: 2));

        org.Account();

        var order = org.StepLog.Select(e => e.PluginType.Split('.').Last()).ToList();
        Assert.Equal(new[] { nameof(TraceNamePluginA), nameof(TraceNamePluginB), nameof(TraceContextPlugin) }, order);
    }

    [Fact]
    public void SharedVariables_PreOperationValueVisibleInPostOperation_PreValidationValueViaParentContext()
    {
        var org = Create(
            Step<SharedVariableWriterPlugin>("Create", "account", PipelineStage.PreValidation),
            Step<SharedVariableWriterPlugin>("Create", "account", PipelineStage.PreOperation),
            Step<TraceContextPlugin>("Create", "account", PipelineStage.PostOperation));

        org.Account();

        var traces = org.Traces<TraceContextPlugin>();
        Assert.Contains("shared=DefaultsAddedFlag,stage20", traces);
        Assert.Contains("parentshared=DefaultsAddedFlag,stage10", traces);
    }

    [Fact]
    public void NestedRequest_SeesParentVariablesOnlyThroughParentContext()
    {
        var org = Create(
            Step<SharedVariableWriterPlugin>("Create", "test_widget", PipelineStage.PreOperation),
            Step<CreateAccountPlugin>("Create", "test_widget", PipelineStage.PreOperation, rank: 2),
            Step<TraceContextPlugin>("Create", "account", PipelineStage.PreValidation));

        org.Service.Create(new Entity("test_widget") { ["test_name"] = "w" });

        var traces = org.Traces<TraceContextPlugin>();
        Assert.Contains("shared=DefaultsAddedFlag", traces);
        Assert.Contains("parentshared=DefaultsAddedFlag,stage20", traces);
        Assert.Contains("depth=2", traces);
        Assert.Contains("intx=True", traces);
        Assert.Contains("parent=Create/20", traces);
    }

    [Fact]
    public void Context_TopLevelPreValidation_IsOutsideTransactionAtDepth1()
    {
        var org = Create(
            Step<TraceContextPlugin>("Create", "account", PipelineStage.PreValidation));

        org.Account();

        var traces = org.Traces<TraceContextPlugin>();
        Assert.Contains("intx=False", traces);
        Assert.Contains("depth=1", traces);
        Assert.Contains("stage=10", traces);
        Assert.Contains("parent=none", traces);
    }

    [Fact]
    public void Context_PostOperationCreate_CarriesIdUserClockAndOrganisation()
    {
        var org = Create(Step<TraceContextPlugin>("Create", "account", PipelineStage.PostOperation));
        var alice = org.AdministratorUser("Alice");
        org.StepLog.Clear();

        var id = org.ServiceFor(alice).Create(new Entity("account") { ["name"] = "A" });

        var traces = org.Traces<TraceContextPlugin>();
        Assert.Contains($"id={id}", traces);
        Assert.Contains($"outputid={id}", traces);
        Assert.Contains($"user={alice}", traces);
        Assert.Contains($"initiating={alice}", traces);
        Assert.Contains($"bu={org.RootBusinessUnitId}", traces);
        Assert.Contains($"org={org.OrganizationId}", traces);
        Assert.Contains("now=2026-03-31T12:00:00.0000000Z", traces);
        Assert.Contains("intx=True", traces);
        Assert.Contains("mode=0", traces);
        Assert.Contains("message=Create", traces);
        Assert.Contains("entity=account", traces);
    }

    [Fact]
    public void PreOperation_TargetChange_IsStored()
    {
        var org = Create(Step<SetAccountNumberPlugin>("Create", "account", PipelineStage.PreOperation));
        var id = org.Account();
        Assert.Equal("set-in-20", org.Service.Retrieve("account", id, new ColumnSet("accountnumber"))["accountnumber"]);
    }

    [Fact]
    public void PluginServices_CallsAreCountedPerPluginAndMessage_AndNullUserIsSystem()
    {
        var org = Create(Step<ReadingPlugin>("Create", "test_widget", PipelineStage.PostOperation));

        org.Service.Create(new Entity("test_widget") { ["test_name"] = "w" });

        var plugin = typeof(ReadingPlugin).FullName!;
        Assert.Equal(4, org.ServiceCalls.Total);
        Assert.Equal(4, org.ServiceCalls.ByPlugin[plugin]);
        Assert.Equal(2, org.ServiceCalls.ByPluginAndMessage[(plugin, "Retrieve")]);
        Assert.Equal(1, org.ServiceCalls.ByPluginAndMessage[(plugin, "RetrieveMultiple")]);
        Assert.Contains($"createdby={org.SystemUserId}", org.Traces<ReadingPlugin>());

        org.ServiceCalls.Reset();
        Assert.Equal(0, org.ServiceCalls.Total);
    }

    [Fact]
    public void StepLog_RecordsStageDepthMessageAndOutcome()
    {
        var org = Create(Step<ThrowingPlugin>("Update", "account", PipelineStage.PreValidation));
        var id = org.Account();

        Fault(() => org.Service.Update(new Entity("account", id) { ["name"] = "x" }));

        var entry = Assert.Single(org.StepLog);
        Assert.Equal(typeof(ThrowingPlugin).FullName, entry.PluginType);
        Assert.Equal("Update", entry.Message);
        Assert.Equal("account", entry.PrimaryEntity);
        Assert.Equal(10, entry.Stage);
        Assert.Equal(1, entry.Depth);
        Assert.Equal(StepOutcome.Failed, entry.Outcome);
    }

    [Fact]
    public void Win_RaisesWinStepsOnOpportunityAndTheStateChangeUpdate()
    {
        var org = Create(
            Step<TraceNamePluginA>("Win", "opportunity", PipelineStage.PostOperation),
            Step<TraceNamePluginB>("Update", "opportunity", PipelineStage.PostOperation, filtering: ["statecode"]));
        var id = org.Service.Create(new Entity("opportunity") { ["name"] = "D", ["customerid"] = new EntityReference("account", org.Account()) });

        org.Service.Execute(new OrganizationRequest("WinOpportunity")
        {
            ["OpportunityClose"] = new Entity("opportunityclose") { ["opportunityid"] = new EntityReference("opportunity", id) },
            ["Status"] = new OptionSetValue(3),
        });

        var win = org.StepLog.Single(e => e.PluginType == typeof(TraceNamePluginA).FullName);
        Assert.Equal("Win", win.Message);
        Assert.Equal(id, win.PrimaryEntityId);
        Assert.Single(org.Traces<TraceNamePluginB>());
    }

    [Fact]
    public void Update_WithStatusAndOtherColumns_RaisesUpdateStepsTwice()
    {
        var org = Create(Step<TraceNamePluginA>("Update", "test_widget", PipelineStage.PreOperation));
        var id = org.Service.Create(new Entity("test_widget") { ["test_name"] = "w" });

        org.Service.Update(new Entity("test_widget", id) { ["test_name"] = "v", ["statecode"] = new OptionSetValue(1) });

        Assert.Equal(2, org.Traces<TraceNamePluginA>().Count);
        var row = org.Service.Retrieve("test_widget", id, new ColumnSet("test_name", "statecode", "statuscode"));
        Assert.Equal("v", row["test_name"]);
        Assert.Equal(2, row.GetAttributeValue<OptionSetValue>("statuscode").Value);
    }

    [Fact]
    public void DefaultOptions_LoadSolutionMetadataAndSalesPerfRegistrations()
    {
        var org = new LocalOrganization();
        Assert.Contains(org.Tables, t => t.LogicalName == "opportunity");
        Assert.NotEqual(Guid.Empty, org.Account());
    }
}
