using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Attainment;
using SalesPerf.Plugins.Commission;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;
using SalesPerf.Plugins.Tests.Doubles;

namespace SalesPerf.Plugins.Tests.Infrastructure;

/// <summary>
/// The nesting policy each step declares, as <see cref="PluginBase"/> applies it before the step's own logic: a step
/// raised inside another message of the same row stands aside for that message's own step, and says so in the trace.
/// </summary>
public sealed class NestingPolicyTests
{
    private static readonly Guid Deal = Guid.Parse("0b8f3c1e-2a4d-4e6f-8a1b-3c5d7e9f1a2b");

    [Theory]
    [InlineData(MessageNames.Win)]
    [InlineData(MessageNames.Lose)]
    [InlineData(MessageNames.Assign)]
    [InlineData(MessageNames.SetState)]
    [InlineData(MessageNames.SetStateDynamicEntity)]
    public void RowMessages_UpdateInsideAMessageOfTheSameRow_StandsAside(string enclosing)
    {
        var reason = Decide<OpportunityAttainmentPlugin>(Nested(MessageNames.Update, Parent(enclosing, Deal)));

        Assert.Contains("raised inside " + enclosing + " of the same row", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(MessageNames.Win, true)]
    [InlineData(MessageNames.Lose, true)]
    [InlineData(MessageNames.Assign, false)] // a state change inside Assign is its own change
    public void RowMessages_SetStateInsideAClose_StandsAsideOnlyForTheClose(string enclosing, bool standsAside)
    {
        var reason = Decide<OpportunityAttainmentPlugin>(Nested(MessageNames.SetState, Parent(enclosing, Deal)));

        Assert.Equal(standsAside, reason is not null);
    }

    [Fact]
    public void RowMessages_UpdateInsideWinOfAnotherRow_Runs()
    {
        Assert.Null(Decide<OpportunityCommissionPlugin>(Nested(MessageNames.Update, Parent(MessageNames.Win, Guid.NewGuid()))));
    }

    [Fact]
    public void RowMessages_TopLevelUpdate_Runs()
    {
        Assert.Null(Decide<OpportunityAttainmentPlugin>(Nested(MessageNames.Update, null)));
    }

    [Fact]
    public void RowMessages_UpdateTwoLevelsBelowTheWin_StandsAside()
    {
        var win = Parent(MessageNames.Win, Deal);
        var between = new FakePluginExecutionContext { MessageName = MessageNames.Create, PrimaryEntityName = "opportunityclose", PrimaryEntityId = Guid.NewGuid(), ParentContext = win };

        Assert.NotNull(Decide<OpportunityAttainmentPlugin>(Nested(MessageNames.Update, between)));
    }

    [Fact]
    public void RowMessages_SetStateAndSetStateDynamicEntityOfOneChange_OnlyTheFirstRuns()
    {
        var change = Nested(MessageNames.SetState, null);

        Assert.Null(Decide<OpportunityAttainmentPlugin>(change));
        Assert.NotNull(Decide<OpportunityAttainmentPlugin>(change));
        Assert.Null(Decide<OpportunityCommissionPlugin>(change));
    }

    [Fact]
    public void StateChange_TargetUpdateInsideAssign_Runs()
    {
        // Targets have no Assign step: the Update raised inside Assign is the only place the new owner is handled.
        var update = new FakePluginExecutionContext
        {
            MessageName = MessageNames.Update,
            PrimaryEntityName = TargetColumns.EntityName,
            PrimaryEntityId = Deal,
            ParentContext = new FakePluginExecutionContext { MessageName = MessageNames.Assign, PrimaryEntityName = TargetColumns.EntityName, PrimaryEntityId = Deal },
        };

        Assert.Null(Decide<TargetAttainmentPlugin>(update));
        update.ParentContext = new FakePluginExecutionContext { MessageName = MessageNames.SetState, PrimaryEntityName = TargetColumns.EntityName, PrimaryEntityId = Deal };
        Assert.NotNull(Decide<TargetAttainmentPlugin>(update));
    }

    [Fact]
    public void Execute_UpdateInsideWin_TracesThePolicyAndMakesNoServiceCall()
    {
        var call = StepContextBuilder.For<OpportunityAttainmentPlugin>(MessageNames.Update)
            .WithTarget(new Entity(OpportunityColumns.EntityName, Deal) { [OpportunityColumns.StateCode] = new OptionSetValue(1) })
            .WithStoredRow(new Entity(OpportunityColumns.EntityName, Deal));
        call.CalledFrom(Parent(MessageNames.Win, Deal));

        call.Execute(new OpportunityAttainmentPlugin());

        Assert.Contains(call.Tracing.Lines, line => line.Contains("Nesting policy StandsAsideInsideRowMessages", StringComparison.Ordinal)
            && line.Contains("raised inside Win", StringComparison.Ordinal));
        Assert.Empty(call.Services.Calls);
    }

    [Fact]
    public void Declarations_EveryUpdateOrStateStepOfAClosableTable_DeclaresTheRowMessagesPolicy()
    {
        var steps = PluginCatalog.ReadSteps(typeof(OpportunityAttainmentPlugin).Assembly)
            .Where(s => s.PrimaryEntity is OpportunityColumns.EntityName or SalesOrderColumns.EntityName)
            .Where(s => s.Stage == PipelineStage.PostOperation && s.Message is MessageNames.Update or MessageNames.SetState or MessageNames.SetStateDynamicEntity)
            .ToList();

        Assert.NotEmpty(steps);
        Assert.All(steps, s => Assert.True(s.Nesting == StepNesting.StandsAsideInsideRowMessages, s.Name));
    }

    private static string? Decide<TPlugin>(FakePluginExecutionContext context)
    {
        var step = PluginCatalog.ReadSteps(typeof(TPlugin)).First(s => s.Message == context.MessageName);
        return NestingPolicy.Of(step.Nesting).StandAsideReason(context, step);
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
        Depth = parent is null ? 1 : 2,
        ParentContext = parent,
    };
}
