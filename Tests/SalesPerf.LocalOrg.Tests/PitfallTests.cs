using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Faults;
using SalesPerf.LocalOrg.Tests.Support;
using SalesPerf.Plugins.Registration;
using static SalesPerf.LocalOrg.Tests.Support.TestOrg;

namespace SalesPerf.LocalOrg.Tests;

/// <summary>One test per known pitfall of other emulators (dataverse-semantics.md section 8) that the store and pipeline own.</summary>
public class PitfallTests
{
    [Fact]
    public void Pitfall_NullValuedAttributeReturned_Fxe39_NullIsNeverStoredOrReturned()
    {
        var org = Create();
        var id = org.Service.Create(new Entity("account") { ["name"] = "A", ["accountnumber"] = null });
        Assert.False(org.Service.Retrieve("account", id, new ColumnSet(true)).Contains("accountnumber"));
    }

    [Fact]
    public void Pitfall_StoresReferencesInsteadOfCopies_Fxe135_LaterChangesToCallerEntityDoNotReachStore()
    {
        var org = Create();
        var entity = new Entity("account") { ["name"] = "A" };
        var id = org.Service.Create(entity);
        entity["name"] = "changed after create";
        Assert.Equal("A", org.Service.Retrieve("account", id, new ColumnSet("name"))["name"]);
    }

    [Fact]
    public void Pitfall_HandlingOfEntityRecords_Fxe90_RetrieveMultipleReturnsCopies()
    {
        var org = Create();
        org.Account("A");
        var first = org.Service.RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet("name") }).Entities[0];
        first["name"] = "mutated";
        var second = org.Service.RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet("name") }).Entities[0];
        Assert.Equal("A", second["name"]);
    }

    [Fact]
    public void Pitfall_PluginFieldsLeakIntoCallerEntity_XrmMockup164_CallerEntityUnchanged()
    {
        var org = Create(Step<AddColumnPlugin>("Create", "account", PipelineStage.PreOperation));
        var entity = new Entity("account") { ["name"] = "A" };
        org.Service.Create(entity);
        Assert.False(entity.Contains("accountnumber"));
        Assert.Equal(Guid.Empty, entity.Id);
    }

    [Fact]
    public void Pitfall_CallerSuppliedIdIgnored_Fxe30_IdIsUsed()
    {
        var org = Create();
        var id = Guid.NewGuid();
        Assert.Equal(id, org.Service.Create(new Entity("account", id) { ["name"] = "A" }));
    }

    [Fact]
    public void Pitfall_SystemColumnsSetBeforePreValidation_XrmMockupPR344_PreStageTargetHasNoSystemColumns()
    {
        var org = Create(
            Step<TraceContextPlugin>("Create", "account", PipelineStage.PreValidation),
            Step<TraceContextPlugin>("Create", "account", PipelineStage.PostOperation));
        org.Account();
        var targets = org.Traces<TraceContextPlugin>().Where(t => t.StartsWith("target=", StringComparison.Ordinal)).ToList();
        Assert.Equal("target=name", targets[0]);
        Assert.Contains("createdon", targets[1]);
    }

    [Fact]
    public void Pitfall_StatecodeOnCreateRejected_Fxe479_CustomTableAcceptsIt()
    {
        var org = Create();
        var id = org.Service.Create(new Entity("test_widget") { ["statecode"] = new OptionSetValue(1) });
        Assert.Equal(2, org.Service.Retrieve("test_widget", id, new ColumnSet("statuscode")).GetAttributeValue<OptionSetValue>("statuscode").Value);
    }

    [Fact]
    public void Pitfall_CreateDoesNotCheckReference_DV214_MissingLookupFaults()
    {
        var org = Create();
        var fault = Fault(() => org.Service.Create(new Entity("opportunity") { ["name"] = "D", ["customerid"] = new EntityReference("account", Guid.NewGuid()) }));
        Assert.Equal(ErrorCodes.ObjectDoesNotExist, fault.Detail.ErrorCode);
    }

    [Fact]
    public void Pitfall_LookupNameMissing_Fxe555_RetrieveFillsName()
    {
        var org = Create();
        var id = org.Account();
        Assert.Equal("Administrator", org.Service.Retrieve("account", id, new ColumnSet("createdby")).GetAttributeValue<EntityReference>("createdby").Name);
    }

    [Fact]
    public void Pitfall_BaseCurrencyNotMaintained_XrmMockupPR258_UpdateRefreshesBase()
    {
        var org = Create();
        var id = org.Service.Create(new Entity("test_widget") { ["test_amount"] = new Money(10m) });
        org.Service.Update(new Entity("test_widget", id) { ["test_amount"] = new Money(30m) });
        Assert.Equal(30m, org.Service.Retrieve("test_widget", id, new ColumnSet("test_amount_base")).GetAttributeValue<Money>("test_amount_base").Value);
    }

    [Fact]
    public void Pitfall_WrongExceptionType_Fxe470_MissingRowIsPlatformFault()
    {
        var org = Create();
        var fault = Fault(() => org.Service.Retrieve("account", Guid.NewGuid(), new ColumnSet(true)));
        Assert.Equal(ErrorCodes.ObjectDoesNotExist, fault.Detail.ErrorCode);
    }

    [Fact]
    public void Pitfall_PreValidationStepsNotRun_Fxe500_TheyRun()
    {
        var org = Create(Step<TraceNamePluginA>("Create", "account", PipelineStage.PreValidation));
        org.Account();
        Assert.Single(org.Traces<TraceNamePluginA>());
    }

    [Fact]
    public void Pitfall_PostOperationUpdateOfNewRowFails_Fxe326_Works()
    {
        var org = Create(Step<UpdateNewRowPlugin>("Create", "account", PipelineStage.PostOperation));
        var id = org.Account();
        Assert.Equal("post-40", org.Service.Retrieve("account", id, new ColumnSet("accountnumber"))["accountnumber"]);
    }

    [Fact]
    public void Pitfall_FilteringNotReevaluated_DV195_LaterStepSeesTargetChangedByEarlierStep()
    {
        var org = Create(
            Step<SetAccountNumberPlugin>("Update", "account", PipelineStage.PreOperation, rank: 1),
            Step<TraceNamePluginA>("Update", "account", PipelineStage.PreOperation, rank: 2, filtering: ["accountnumber"]));
        var id = org.Account();
        org.Service.Update(new Entity("account", id) { ["name"] = "x" });
        Assert.Single(org.Traces<TraceNamePluginA>());
    }

    [Fact]
    public void Pitfall_CreateTargetWithoutIdInPreOperation_DV216_IdPresentFromStage20()
    {
        var org = Create(Step<TraceContextPlugin>("Create", "account", PipelineStage.PreOperation));
        var id = org.Account();
        Assert.Contains($"targetid={id}", org.Traces<TraceContextPlugin>());
    }

    [Fact]
    public void Pitfall_PlatformColumnsSatisfyFiltering_XrmMockupPR346_ModifiedOnDoesNotTrigger()
    {
        var org = Create(Step<TraceNamePluginA>("Update", "account", PipelineStage.PostOperation, filtering: ["modifiedon"]));
        var id = org.Account();
        org.Service.Update(new Entity("account", id) { ["name"] = "x" });
        Assert.Empty(org.Traces<TraceNamePluginA>());
    }

    [Fact]
    public void Pitfall_DeleteTargetIsEntity_Fxe342_TargetIsEntityReference()
    {
        var org = Create(Step<TraceContextPlugin>("Delete", "account", PipelineStage.PreOperation, images: PreImage("pre")));
        var id = org.Account();
        org.Service.Delete("account", id);
        var traces = org.Traces<TraceContextPlugin>();
        Assert.Contains("target=EntityReference", traces);
        Assert.Contains(traces, t => t.StartsWith("pre:pre=", StringComparison.Ordinal) && t.Contains("name", StringComparison.Ordinal));
    }

    [Fact]
    public void Pitfall_CustomMessageSkipsPipeline_DV50_StepsOnCustomApiRun()
    {
        var api = new CustomApiRegistration("test_Ping", typeof(TraceNamePluginB), false, [], []);
        var org = Create([Step<TraceNamePluginA>("test_Ping", "", PipelineStage.PreOperation)], [api]);
        org.Service.Execute(new OrganizationRequest("test_Ping"));
        Assert.Equal(new[] { "A", "B" }, org.StepLog.SelectMany(e => e.Trace));
    }

    [Fact]
    public void Pitfall_PostImageOnlyHasTargetColumns_DV102_PostImageHasAllStoredColumns()
    {
        var org = Create(Step<TraceContextPlugin>("Update", "account", PipelineStage.PostOperation, images: PostImage("post")));
        var id = org.Service.Create(new Entity("account") { ["name"] = "A", ["accountnumber"] = "N" });
        org.Service.Update(new Entity("account", id) { ["name"] = "B" });
        var post = org.Traces<TraceContextPlugin>().Single(t => t.StartsWith("post:", StringComparison.Ordinal));
        Assert.Contains("accountnumber", post);
        Assert.Contains("createdon", post);
    }

    [Fact]
    public void Pitfall_ImageContainsNulls_DLaB50_NullColumnsAbsent()
    {
        var org = Create(Step<TraceContextPlugin>("Update", "account", PipelineStage.PreOperation, images: PreImage("pre", "name", "accountnumber")));
        var id = org.Account();
        org.Service.Update(new Entity("account", id) { ["name"] = "B" });
        Assert.Contains("pre:pre=accountid,name", org.Traces<TraceContextPlugin>());
    }

    [Fact]
    public void Pitfall_ContextMembersMissing_Fxe377_IsolationModeIsSandbox()
    {
        var org = Create(Step<TraceContextPlugin>("Create", "account", PipelineStage.PreOperation));
        org.Account();
        Assert.Contains("isolation=2", org.Traces<TraceContextPlugin>());
    }

    [Fact]
    public void Pitfall_DepthNotSet_SparkleXrm232_NestedDepthIsTwo()
    {
        var org = Create(
            Step<CreateAccountPlugin>("Create", "test_widget", PipelineStage.PostOperation),
            Step<TraceContextPlugin>("Create", "account", PipelineStage.PostOperation));
        org.Service.Create(new Entity("test_widget") { ["test_name"] = "w" });
        Assert.Contains("depth=2", org.Traces<TraceContextPlugin>());
    }

    [Fact]
    public void Pitfall_InfiniteLoopNotDetected_DV70_LoopFaults()
    {
        var org = Create(Step<RecursiveUpdatePlugin>("Update", "account", PipelineStage.PreOperation));
        var id = org.Account();
        Assert.Equal(ErrorCodes.SdkCorrelationTokenDepthTooHigh, Fault(() => org.Service.Update(new Entity("account", id) { ["name"] = "x" })).Detail.ErrorCode);
    }

    [Fact]
    public void Pitfall_SharedVariablesIgnored_DV121_PreOperationValueReachesPostOperation()
    {
        var org = Create(
            Step<SharedVariableWriterPlugin>("Update", "account", PipelineStage.PreOperation),
            Step<TraceContextPlugin>("Update", "account", PipelineStage.PostOperation));
        var id = org.Account();
        org.Service.Update(new Entity("account", id) { ["name"] = "x" });
        Assert.Contains("shared=stage20", org.Traces<TraceContextPlugin>());
    }

    [Fact]
    public void Pitfall_ExceptionWrappedInTargetInvocation_DV85_CallerGetsIsvAbortedFault()
    {
        var org = Create(Step<ThrowingPlugin>("Create", "account", PipelineStage.PreOperation));
        Assert.Equal("Rejected by ThrowingPlugin.", Fault(() => org.Account()).Detail.Message);
    }

    [Fact]
    public void Pitfall_ExceptionTypeDifferent_Fxe98_NonPluginExceptionIsFaultToo()
    {
        var org = Create(Step<CrashingPlugin>("Create", "account", PipelineStage.PostOperation));
        Assert.Equal(ErrorCodes.IsvUnExpected, Fault(() => org.Account()).Detail.ErrorCode);
    }

    [Fact]
    public void Pitfall_NoTransaction_XrmMockup186_NestedWritesRolledBack()
    {
        var org = Create(
            Step<CreateAccountPlugin>("Create", "test_widget", PipelineStage.PreOperation),
            Step<ThrowingPlugin>("Create", "account", PipelineStage.PostOperation));
        Fault(() => org.Service.Create(new Entity("test_widget") { ["test_name"] = "w" }));
        Assert.Equal(0, org.Count("test_widget"));
        Assert.Equal(0, org.Count("account"));
    }

    [Fact]
    public void Pitfall_AsyncRunAsSync_XrmMockup68_AsyncWaitsForDrain()
    {
        var org = Create(Step<TraceContextPlugin>("Create", "account", PipelineStage.PostOperation, ExecutionMode.Asynchronous));
        org.Account();
        Assert.Empty(org.StepLog);
        org.DrainAsync();
        var traces = org.Traces<TraceContextPlugin>();
        Assert.Contains("mode=1", traces);
        Assert.Contains("intx=False", traces);
    }

    [Fact]
    public void Pitfall_StaticPluginCache_XrmMockupTestPluginCacheIsolation_OrganisationsDoNotShareSteps()
    {
        var withStep = Create(Step<TraceNamePluginA>("Create", "account", PipelineStage.PreOperation));
        var without = Create();
        without.Account();
        withStep.Account();
        Assert.Empty(without.StepLog);
        Assert.Single(withStep.StepLog);
    }

    [Fact]
    public void Pitfall_WinDoesNotTriggerStateChange_XrmMockupPR288_UpdateStepsRun()
    {
        var org = Create(Step<TraceNamePluginA>("Update", "opportunity", PipelineStage.PostOperation, filtering: ["statecode"]));
        var id = org.Service.Create(new Entity("opportunity") { ["name"] = "D", ["customerid"] = new EntityReference("account", org.Account()) });
        org.Service.Execute(new OrganizationRequest("LoseOpportunity")
        {
            ["OpportunityClose"] = new Entity("opportunityclose") { ["opportunityid"] = new EntityReference("opportunity", id) },
            ["Status"] = new OptionSetValue(4),
        });
        Assert.Single(org.Traces<TraceNamePluginA>());
    }

    [Fact]
    public void Pitfall_SetStateMissesDynamicEntitySteps_XrmMockup155_BothRunOncePerPlugin()
    {
        var org = Create(
            Step<TraceNamePluginA>("SetStateDynamicEntity", "test_widget", PipelineStage.PostOperation),
            Step<TraceNamePluginB>("SetState", "test_widget", PipelineStage.PostOperation),
            Step<TraceNamePluginB>("SetStateDynamicEntity", "test_widget", PipelineStage.PostOperation));
        var id = org.Service.Create(new Entity("test_widget") { ["test_name"] = "w" });
        org.Service.Execute(new OrganizationRequest("SetState")
        {
            ["EntityMoniker"] = new EntityReference("test_widget", id),
            ["State"] = new OptionSetValue(1),
            ["Status"] = new OptionSetValue(2),
        });
        Assert.Single(org.Traces<TraceNamePluginA>());
        Assert.Single(org.Traces<TraceNamePluginB>());
    }

    [Fact]
    public void Pitfall_RetrieveStepsNotMatched_DV124_RetrieveMultipleStepRuns()
    {
        var org = Create(Step<TraceNamePluginA>("RetrieveMultiple", "account", PipelineStage.PostOperation));
        org.Service.RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet("name") });
        Assert.Single(org.Traces<TraceNamePluginA>());
    }

    [Theory]
    [InlineData("Create", PipelineStage.PostOperation, ImageType.PreImage, ExecutionMode.Synchronous)] // pre-image on Create
    [InlineData("Delete", PipelineStage.PostOperation, ImageType.PostImage, ExecutionMode.Synchronous)] // post-image on Delete
    [InlineData("Update", PipelineStage.PreOperation, ImageType.PostImage, ExecutionMode.Synchronous)] // post-image outside stage 40
    [InlineData("Update", PipelineStage.PreOperation, null, ExecutionMode.Asynchronous)] // async outside stage 40
    [InlineData("Win", PipelineStage.PostOperation, ImageType.PreImage, ExecutionMode.Synchronous)] // images on a message without images
    public void Pitfall_IllegalRegistrationAccepted_Checklist84_Rejected(string message, PipelineStage stage, ImageType? image, ExecutionMode mode)
    {
        ImageRegistration[] images = image is ImageType type ? [new ImageRegistration("i", "i", type, [])] : [];
        Assert.Throws<ArgumentException>(() => Create(Step<TraceNamePluginA>(message, "account", stage, mode, images: images)));
    }

    [Fact]
    public void Pitfall_FilteringAttributesOnCreateAccepted_Spkl_Rejected()
    {
        Assert.Throws<ArgumentException>(() => Create(Step<TraceNamePluginA>("Create", "account", PipelineStage.PreOperation, filtering: ["name"])));
    }

    [Fact]
    public void Pitfall_SilentWrongAnswer_Fxe256_UnsupportedMessageThrowsNotSupported()
    {
        var org = Create();
        Assert.Throws<NotSupportedException>(() => org.Service.Execute(new OrganizationRequest("ExecuteWorkflow")));
    }

    [Fact]
    public void Pitfall_ShallowCopiesOfValues_FxePR290_ReturnedMoneyAndChoiceAreCopies()
    {
        var org = Create();
        var id = org.Service.Create(new Entity("test_widget") { ["test_amount"] = new Money(5m), ["test_kind"] = new OptionSetValue(100000000) });
        var row = org.Service.Retrieve("test_widget", id, new ColumnSet("test_amount", "test_kind"));
        row.GetAttributeValue<Money>("test_amount").Value = 99m;
        row.GetAttributeValue<OptionSetValue>("test_kind").Value = 100000001;

        var again = org.Service.Retrieve("test_widget", id, new ColumnSet("test_amount", "test_kind"));
        Assert.Equal(5m, again.GetAttributeValue<Money>("test_amount").Value);
        Assert.Equal(100000000, again.GetAttributeValue<OptionSetValue>("test_kind").Value);
    }

    [Fact]
    public void Pitfall_ConfigurationNotPassed_DV103_ConfigurationConstructorIsUsed()
    {
        var org = Create(Step<ConfiguredPlugin>("Create", "account", PipelineStage.PreOperation));
        org.Account();
        Assert.Equal(new[] { "configured=True message=Create" }, org.Traces<ConfiguredPlugin>());
    }

    [Fact]
    public void Pitfall_ServicesNotResolvable_FxePR185_ExecutionContextResolvesFromProvider()
    {
        var org = Create(Step<ConfiguredPlugin>("Update", "account", PipelineStage.PostOperation));
        var id = org.Account();
        org.Service.Update(new Entity("account", id) { ["name"] = "x" });
        Assert.Contains("message=Update", org.Traces<ConfiguredPlugin>().Single());
    }

    [Fact]
    public void Pitfall_StepsStoredAsRows_DV19_RegistrationsNeverFireRetrieveMultiple()
    {
        var org = Create(
            Step<TraceNamePluginA>("RetrieveMultiple", "", PipelineStage.PreOperation),
            Step<TraceNamePluginB>("Create", "account", PipelineStage.PreOperation));
        org.Account();
        Assert.Empty(org.Traces<TraceNamePluginA>());
        Assert.Single(org.Traces<TraceNamePluginB>());
    }

    [Fact]
    public void Pitfall_BypassIgnored_DV12_BypassCustomPluginExecutionSkipsSteps()
    {
        var org = Create(Step<ThrowingPlugin>("Update", "account", PipelineStage.PreOperation));
        var id = org.Account();
        org.Service.Execute(new OrganizationRequest("Update") { ["Target"] = new Entity("account", id) { ["name"] = "x" }, ["BypassCustomPluginExecution"] = true });
        Assert.Equal("x", org.Service.Retrieve("account", id, new ColumnSet("name"))["name"]);
    }

    [Fact]
    public void Pitfall_AsyncFailureRollsBackCoreOperation_Docs507_CommittedRowStays()
    {
        var org = Create(Step<ThrowingPlugin>("Update", "account", PipelineStage.PostOperation, ExecutionMode.Asynchronous));
        var id = org.Account();
        org.Service.Update(new Entity("account", id) { ["name"] = "kept" });
        org.DrainAsync();
        Assert.Equal("kept", org.Service.Retrieve("account", id, new ColumnSet("name"))["name"]);
        Assert.Single(org.StepLog.Failures);
    }

    [Fact]
    public void Pitfall_ChildSeesParentVariablesDirectly_PowerAppsDocs4675_OnlyThroughParentContext()
    {
        var org = Create(
            Step<SharedVariableWriterPlugin>("Update", "account", PipelineStage.PostOperation, rank: 1),
            Step<CreateAccountPlugin>("Update", "account", PipelineStage.PostOperation, rank: 2),
            Step<TraceContextPlugin>("Create", "account", PipelineStage.PostOperation));
        var id = org.Account();
        org.Service.Update(new Entity("account", id) { ["name"] = "x" });
        var traces = org.Traces<TraceContextPlugin>();
        Assert.Contains("shared=DefaultsAddedFlag", traces);
        Assert.DoesNotContain(traces, t => t.Contains("stage40", StringComparison.Ordinal) && t.StartsWith("shared=", StringComparison.Ordinal));
    }

    [Fact]
    public void Pitfall_AlternateKeysSilentlyIgnored_Checklist84_NotSupported()
    {
        var org = Create();
        Assert.Throws<NotSupportedException>(() => org.Service.Update(new Entity("account", "accountnumber", "A1") { ["name"] = "x" }));
    }
}
