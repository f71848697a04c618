using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Attainment;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;
using SalesPerf.Plugins.Tests.Doubles;

namespace SalesPerf.Plugins.Tests.Attainment;

/// <summary>
/// When the nested Update/SetState step of an opportunity stands aside for the close's own step, and when it stands in
/// for a close step the registration leaves out (named in its unsecure configuration): once per close.
/// </summary>
public sealed class CloseStandInTests
{
    private static readonly Guid Deal = new("5a0b6a51-7f9e-4b4e-9a57-4f2d3c1b0a01");

    private static readonly StepConfiguration WinAndLoseUnstepped = StepConfiguration.Of([MessageNames.Win, MessageNames.Lose]);

    [Fact]
    public void Decide_UpdateInsideWinWithItsStep_StandsAside()
    {
        var role = Decide(Nested(MessageNames.Update, Parent(MessageNames.Win, Deal)), StepConfiguration.None);

        Assert.Equal(new NestedDecision(NestedRole.StandAside, MessageNames.Win), role);
    }

    [Fact]
    public void Decide_UpdateInsideWinWithoutStep_StandsInForWin()
    {
        var role = Decide(Nested(MessageNames.Update, Parent(MessageNames.Win, Deal)), WinAndLoseUnstepped);

        Assert.Equal(new NestedDecision(NestedRole.StandIn, MessageNames.Win), role);
    }

    [Fact]
    public void Decide_SecondNestedOperationOfTheSameWin_StandsAside()
    {
        // Should the platform raise both an Update and a SetState inside one Win, only the first does the Win's work.
        var win = Parent(MessageNames.Win, Deal);
        Decide(Nested(MessageNames.Update, win), WinAndLoseUnstepped);

        var second = Decide(Nested(MessageNames.SetState, win), WinAndLoseUnstepped);

        Assert.Equal(new NestedDecision(NestedRole.StandAside, MessageNames.Win), second);
    }

    [Fact]
    public void Decide_UpdateInsideAssign_StandsAsideWhateverTheConfiguration()
    {
        var role = Decide(Nested(MessageNames.Update, Parent(MessageNames.Assign, Deal)), WinAndLoseUnstepped);

        Assert.Equal(new NestedDecision(NestedRole.StandAside, MessageNames.Assign), role);
    }

    [Fact]
    public void Decide_UpdateInsideWinOfAnotherOpportunity_HandlesItsOwnChange()
    {
        var role = Decide(Nested(MessageNames.Update, Parent(MessageNames.Win, Guid.NewGuid())), WinAndLoseUnstepped);

        Assert.Equal(new NestedDecision(NestedRole.Own, null), role);
    }

    [Fact]
    public void Decide_SetStateNotNested_HandlesItsOwnChange()
    {
        var role = Decide(Nested(MessageNames.SetState, parent: null), WinAndLoseUnstepped);

        Assert.Equal(new NestedDecision(NestedRole.Own, null), role);
    }

    [Fact]
    public void Execute_UnreadableConfiguration_StopsInEnglishAndChineseNamingTheStepAndCallsNothing()
    {
        var call = StepContextBuilder.For<OpportunityAttainmentPlugin>(MessageNames.Update)
            .WithTarget(new Entity(OpportunityColumns.EntityName, Deal) { [OpportunityColumns.StateCode] = new OptionSetValue(1) })
            .WithStoredRow(new Entity(OpportunityColumns.EntityName, Deal));

        var error = Assert.Throws<InvalidPluginExecutionException>(() => call.Execute(new OpportunityAttainmentPlugin("closesWithoutStep=Close", "")));

        Assert.Contains("Step 'SalesPerf.Plugins.Attainment.OpportunityAttainmentPlugin: Update of opportunity' (" + OpportunityAttainmentPlugin.UpdateStepId + ")", error.Message, StringComparison.Ordinal);
        Assert.Contains("'closesWithoutStep=Close' cannot be read", error.Message, StringComparison.Ordinal);
        Assert.Contains("无法读取非安全配置", error.Message, StringComparison.Ordinal);
        Assert.Empty(call.Services.Services);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("closesWithoutStep=Lose,Win")]
    public void Constructor_EmptyOrWrittenConfiguration_IsAccepted(string? configuration)
    {
        var call = StepContextBuilder.For<OpportunityAttainmentPlugin>(MessageNames.Update)
            .WithTarget(new Entity(OpportunityColumns.EntityName, Deal) { [OpportunityColumns.StateCode] = new OptionSetValue(1) })
            .WithStoredRow(new Entity(OpportunityColumns.EntityName, Deal));
        call.CalledFrom(Parent(MessageNames.Assign, Deal));

        call.Execute(new OpportunityAttainmentPlugin(configuration, null));

        Assert.Contains(call.Tracing.Lines, line => line.Contains("Update raised inside Assign", StringComparison.Ordinal));
    }

    private static NestedDecision Decide(FakePluginExecutionContext context, StepConfiguration configuration)
    {
        var step = PluginCatalog.ReadSteps(typeof(OpportunityAttainmentPlugin)).Single(s => s.Message == context.MessageName);
        return CloseStandIn.Decide(
            new LocalPluginContext(context, new StepTracer(null), null, step, configuration),
            OpportunityColumns.EntityName,
            MessageNames.Assign,
            MessageNames.SetState,
            MessageNames.SetStateDynamicEntity);
    }

    private static FakePluginExecutionContext Parent(string message, Guid id) => new()
    {
        MessageName = message,
        PrimaryEntityName = OpportunityColumns.EntityName,
        PrimaryEntityId = id,
        Stage = 30,
    };

    private static FakePluginExecutionContext Nested(string message, IPluginExecutionContext? parent) => new()
    {
        MessageName = message,
        PrimaryEntityName = OpportunityColumns.EntityName,
        PrimaryEntityId = Deal,
        Stage = 40,
        ParentContext = parent,
    };
}
