using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg.Tests.Support;
using SalesPerf.Plugins.Registration;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.LocalOrg.Tests;

/// <summary>
/// Create: before the first stage the platform writes into Target the metadata default of each column the caller
/// left out (every Boolean; a Choice that declares a default) and sets SharedVariables["DefaultsAddedFlag"] = true.
/// Published remote execution contexts show it: a stage-10 Create Target already holds donotbulkemail = false,
/// territorycode = 1 and custom booleans the caller never sent, next to the flag. statecode, statuscode and the audit
/// columns come later, from the main operation.
/// </summary>
public sealed class CreateDefaultsTests
{
    private static readonly Label L = new("x", "x");

    [Fact]
    public void PreValidationTarget_HoldsBooleanAndDeclaredChoiceDefaults_NothingElse()
    {
        var org = Organization(Step<ValueTracePlugin>(PipelineStage.PreValidation));

        org.Service.Create(new Entity("test_gadget") { ["test_name"] = "G" });

        var trace = org.Traces<ValueTracePlugin>();
        Assert.Contains("target=test_active,test_enabled,test_grade,test_name", trace);
        Assert.Contains("test_active=False", trace);
        Assert.Contains("test_enabled=True", trace);
        Assert.Contains("test_grade=100000001", trace);
    }

    [Fact]
    public void PreValidation_SeesDefaultsAddedFlagTrue()
    {
        var org = Organization(Step<ValueTracePlugin>(PipelineStage.PreValidation));

        org.Service.Create(new Entity("test_gadget") { ["test_name"] = "G" });

        var trace = org.Traces<ValueTracePlugin>();
        Assert.Contains("stage=10", trace);
        Assert.Contains("DefaultsAddedFlag=True", trace);
    }

    [Fact]
    public void LaterStages_SeeTheFlagInTheirOwnVariablesAndInTheParentContext()
    {
        var org = Organization(Step<ValueTracePlugin>(PipelineStage.PreOperation), Step<ValueTracePlugin>(PipelineStage.PostOperation));

        org.Service.Create(new Entity("test_gadget") { ["test_name"] = "G" });

        var trace = org.Traces<ValueTracePlugin>();
        Assert.Equal(2, trace.Count(t => t == "DefaultsAddedFlag=True"));
        Assert.Equal(2, trace.Count(t => t == "parent:DefaultsAddedFlag=True"));
    }

    [Fact]
    public void SentValues_AreNotOverwritten_EvenWhenTheyDifferFromTheDefault()
    {
        var org = Organization(Step<ValueTracePlugin>(PipelineStage.PreValidation));

        var id = org.Service.Create(new Entity("test_gadget")
        {
            ["test_name"] = "G",
            ["test_active"] = true,
            ["test_enabled"] = false,
            ["test_grade"] = new OptionSetValue(100000000),
        });

        var trace = org.Traces<ValueTracePlugin>();
        Assert.Contains("test_active=True", trace);
        Assert.Contains("test_enabled=False", trace);
        Assert.Contains("test_grade=100000000", trace);
        var row = org.Rows("test_gadget").Single(r => r.Id == id);
        Assert.True(row.GetAttributeValue<bool>("test_active"));
        Assert.False(row.GetAttributeValue<bool>("test_enabled"));
        Assert.Equal(100000000, row.GetAttributeValue<OptionSetValue>("test_grade").Value);
    }

    [Fact]
    public void StoredRow_KeepsTheDefaults_AndGetsStateStatusAndNumericDefaultsInTheMainOperation()
    {
        var org = Organization();

        var id = org.Service.Create(new Entity("test_gadget") { ["test_name"] = "G" });

        var row = org.Rows("test_gadget").Single(r => r.Id == id);
        Assert.False(row.GetAttributeValue<bool>("test_active"));
        Assert.True(row.GetAttributeValue<bool>("test_enabled"));
        Assert.Equal(100000001, row.GetAttributeValue<OptionSetValue>("test_grade").Value);
        Assert.Equal(5, row.GetAttributeValue<int>("test_size"));
        Assert.Equal(0, row.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Equal(1, row.GetAttributeValue<OptionSetValue>("statuscode").Value);
        Assert.False(row.Contains("test_kind"));
    }

    [Fact]
    public void CallersEntity_IsNotChangedByTheDefaults()
    {
        var org = Organization();
        var sent = new Entity("test_gadget") { ["test_name"] = "G" };

        org.Service.Create(sent);

        Assert.Equal(new[] { "test_name" }, sent.Attributes.Keys.ToArray());
    }

    [Fact]
    public void Update_GetsNoDefaultsInTarget()
    {
        var org = Organization(new StepRegistration(
            Guid.NewGuid(), typeof(ValueTracePlugin), "Update", "test_gadget", PipelineStage.PreValidation, ExecutionMode.Synchronous, 1, [], [], "trace", string.Empty));
        var id = org.Service.Create(new Entity("test_gadget") { ["test_name"] = "G" });

        org.Service.Update(new Entity("test_gadget", id) { ["test_name"] = "H" });

        Assert.Contains("target=test_name", org.Traces<ValueTracePlugin>());
    }

    [Fact]
    public void NestedCreate_FromAPlugin_GetsTheDefaultsToo()
    {
        var org = Organization(
            new StepRegistration(Guid.NewGuid(), typeof(GadgetCreatingPlugin), "Create", "account", PipelineStage.PostOperation, ExecutionMode.Synchronous, 1, [], [], "nested", string.Empty),
            Step<ValueTracePlugin>(PipelineStage.PreValidation));

        org.Account();

        var trace = org.Traces<ValueTracePlugin>();
        Assert.Contains("depth=2", trace);
        Assert.Contains("test_active=False", trace);
        Assert.Contains("DefaultsAddedFlag=True", trace);
    }

    [Fact]
    public void OpportunityCreate_PreValidationTarget_CarriesTheSolutionsBooleanDefaults()
    {
        var org = TestOrg.Create(new StepRegistration(
            Guid.NewGuid(), typeof(ValueTracePlugin), "Create", "opportunity", PipelineStage.PreValidation, ExecutionMode.Synchronous, 1, [], [], "trace", string.Empty));

        org.Service.Create(new Entity("opportunity") { ["name"] = "Deal" });

        // Both are Boolean columns of opportunity without a declared default: the platform's default is No (false).
        var trace = org.Traces<ValueTracePlugin>();
        Assert.Contains("spm_isnewcustomer=False", trace);
        Assert.Contains("isrevenuesystemcalculated=False", trace);
        Assert.DoesNotContain(trace, t => t.StartsWith("statecode=", StringComparison.Ordinal) || t.StartsWith("statuscode=", StringComparison.Ordinal));
    }

    private static LocalOrganization Organization(params StepRegistration[] steps) =>
        new(new LocalOrganizationOptions
        {
            Steps = steps,
            AdditionalTables = [TestTables.Widget, Gadget()],
            UtcNow = new DateTime(2026, 3, 31, 12, 0, 0, DateTimeKind.Utc),
        });

    private static StepRegistration Step<TPlugin>(PipelineStage stage)
        where TPlugin : IPlugin =>
        TestOrg.Step<TPlugin>("Create", "test_gadget", stage);

    /// <summary>A custom table with the column kinds whose defaults differ: booleans with and without a declared default, choices with and without one.</summary>
    private static TableDefinition Gadget()
    {
        var widget = TestTables.Widget;
        var keep = new HashSet<string>(StringComparer.Ordinal)
        {
            "createdon", "modifiedon", "createdby", "modifiedby", "ownerid", "owninguser", "owningteam", "owningbusinessunit",
            "versionnumber", "statecode", "statuscode",
        };
        List<ColumnDefinition> columns =
        [
            new() { LogicalName = "test_gadgetid", Type = ColumnType.PrimaryKey, DisplayName = L, IsValidForUpdate = false },
            new() { LogicalName = "test_name", Type = ColumnType.String, DisplayName = L, MaxLength = 20 },
            new() { LogicalName = "test_active", Type = ColumnType.Boolean, DisplayName = L, Options = YesNo() },
            new() { LogicalName = "test_enabled", Type = ColumnType.Boolean, DisplayName = L, Options = YesNo(), DefaultValue = 1m },
            new() { LogicalName = "test_locked", Type = ColumnType.Boolean, DisplayName = L, Options = YesNo(), IsPlatformMaintained = true, IsValidForCreate = false, IsValidForUpdate = false },
            new() { LogicalName = "test_grade", Type = ColumnType.Choice, DisplayName = L, Options = Grades(), DefaultValue = 100000001m },
            new() { LogicalName = "test_kind", Type = ColumnType.Choice, DisplayName = L, Options = Grades() },
            new() { LogicalName = "test_size", Type = ColumnType.Integer, DisplayName = L, MinValue = 0, MaxValue = 100, DefaultValue = 5m },
            .. widget.Columns.Where(c => keep.Contains(c.LogicalName)),
        ];
        return widget with { LogicalName = "test_gadget", PrimaryIdAttribute = "test_gadgetid", Columns = columns };
    }

    private static List<ChoiceOption> YesNo() => [new(0, "No", L), new(1, "Yes", L)];

    private static List<ChoiceOption> Grades() => [new(100000000, "A", L), new(100000001, "B", L)];
}

/// <summary>Traces the Target's keys and values, the shared variables and the parent's, one line each.</summary>
public sealed class ValueTracePlugin : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationService service, IOrganizationServiceFactory factory)
    {
        tracing.Trace("stage={0}", context.Stage);
        tracing.Trace("depth={0}", context.Depth);
        var target = (Entity)context.InputParameters["Target"];
        tracing.Trace("target={0}", string.Join(",", target.Attributes.Keys.OrderBy(k => k, StringComparer.Ordinal)));
        foreach (var attribute in target.Attributes)
        {
            tracing.Trace("{0}={1}", attribute.Key, Text(attribute.Value));
        }

        foreach (var variable in context.SharedVariables)
        {
            tracing.Trace("{0}={1}", variable.Key, Text(variable.Value));
        }

        foreach (var variable in context.ParentContext?.SharedVariables ?? new ParameterCollection())
        {
            tracing.Trace("parent:{0}={1}", variable.Key, Text(variable.Value));
        }
    }

    private static string Text(object? value) => value switch
    {
        OptionSetValue option => option.Value.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? "True" : "False",
        null => "null",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}

/// <summary>Creates a gadget from another operation's step: a nested Create at depth 2.</summary>
public sealed class GadgetCreatingPlugin : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationService service, IOrganizationServiceFactory factory) =>
        service.Create(new Entity("test_gadget") { ["test_name"] = "nested" });
}
