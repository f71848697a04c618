using System;
using System.Linq;
using System.Text.Json.Nodes;
using SalesPerf.Scenarios.Tests.Support;

namespace SalesPerf.Scenarios.Tests.Output;

/// <summary>The result document: lookups, dates, numbers, ordering, responses, service calls.</summary>
public sealed class ResultFormatTests
{
    [Fact]
    public void Lookup_RowWithKey_IsWrittenTableColonKey()
    {
        var target = Target(Run());

        Assert.Equal("systemuser:alice", target["ownerid"]!.GetValue<string>());
        Assert.Equal("spm_kpi:revenue", target["spm_kpiid"]!.GetValue<string>());
        Assert.Equal("t1", target["key"]!.GetValue<string>());
    }

    [Fact]
    public void Lookup_RowWithCodeButNoKey_IsWrittenByCode()
    {
        var run = Run(
            "{ 'op': 'create', 'table': 'spm_period', 'row': { 'spm_name': 'FY2026 Q2', 'spm_code': 'FY2026-Q2', 'spm_periodtype': 100000002, 'spm_startdate': '2026-04-01', 'spm_enddate': '2026-06-30' } }, "
            + "{ 'op': 'update', 'table': 'spm_target', 'key': 't1', 'row': { 'spm_periodid': 'spm_period[spm_code=FY2026-Q2]' } }");

        Assert.Equal("spm_period[spm_code=FY2026-Q2]", Target(run)["spm_periodid"]!.GetValue<string>());
    }

    [Fact]
    public void Lookup_RowWithoutKeyOrCode_IsWrittenTableColonId()
    {
        var run = Run(
            "{ 'op': 'create', 'table': 'spm_target', 'row': { 'spm_name': 'Team Q1', 'spm_kpiid': 'spm_kpi:revenue', 'spm_periodid': 'spm_period:q1', 'spm_targetvalue': 500000, 'spm_rollupsource': 100000001 } }, "
            + "{ 'op': 'update', 'table': 'spm_target', 'key': 't1', 'row': { 'spm_parenttargetid': 'spm_target[spm_name=Team Q1]' } }");

        var targets = run.Result!["tables"]!["spm_target"]!.AsArray();
        var parentId = targets[1]!["id"]!.GetValue<string>();
        Assert.Equal($"spm_target:{parentId}", targets[0]!["spm_parenttargetid"]!.GetValue<string>());
        Assert.Null(targets[1]!["key"]);
    }

    [Fact]
    public void Dates_DateOnlyColumn_IsWrittenAsDay_OthersAsIsoUtc()
    {
        var run = Run();
        var period = run.Result!["tables"]!["spm_period"]![0]!;

        Assert.Equal("2026-01-01", period["spm_startdate"]!.GetValue<string>());
        Assert.Equal("2026-03-31", period["spm_enddate"]!.GetValue<string>());
        Assert.Equal("2026-01-15T09:00:00Z", period["createdon"]!.GetValue<string>());
    }

    [Fact]
    public void Numbers_DecimalsAndChoices_AreJsonNumbers()
    {
        var target = Target(Run());

        Assert.Equal(100000m, target["spm_targetvalue"]!.GetValue<decimal>());
        Assert.Equal(100000000, target["spm_rollupsource"]!.GetValue<int>());
        Assert.Equal(0, target["statecode"]!.GetValue<int>());
        Assert.Equal("100000", target["spm_targetvalue"]!.ToJsonString());
    }

    [Fact]
    public void Rows_SeveralCreated_AreInCreationOrder()
    {
        var run = Run(
            "{ 'op': 'create', 'table': 'spm_kpi', 'key': 'k3', 'row': { 'spm_name': 'Z', 'spm_code': 'Z', 'spm_measure': 100000001, 'spm_direction': 100000000, 'spm_unit': 100000001 } }, "
            + "{ 'op': 'create', 'table': 'spm_kpi', 'key': 'k1', 'row': { 'spm_name': 'A', 'spm_code': 'A', 'spm_measure': 100000001, 'spm_direction': 100000000, 'spm_unit': 100000001 } }, "
            + "{ 'op': 'create', 'table': 'spm_kpi', 'key': 'k2', 'row': { 'spm_name': 'M', 'spm_code': 'M', 'spm_measure': 100000001, 'spm_direction': 100000000, 'spm_unit': 100000001 } }");

        var keys = run.Result!["tables"]!["spm_kpi"]!.AsArray().Select(row => row!["key"]!.GetValue<string>());
        Assert.Equal(new[] { "revenue", "k3", "k1", "k2" }, keys);
    }

    [Fact]
    public void Tables_EverySpmTableAndStampedSystemTable_ArePresent()
    {
        var tables = Run().Result!["tables"]!.AsObject();

        Assert.Contains("spm_commissionstatement", tables.Select(t => t.Key));
        Assert.Contains("opportunity", tables.Select(t => t.Key));
        Assert.Contains("salesorder", tables.Select(t => t.Key));
        Assert.Contains("invoice", tables.Select(t => t.Key));
        Assert.DoesNotContain("account", tables.Select(t => t.Key));
    }

    [Fact]
    public void SystemTableRows_ShowOnlyIdKeyAndSpmColumns()
    {
        var run = Run(
            "{ 'op': 'create', 'table': 'account', 'key': 'acme', 'row': { 'name': 'Acme' } }, "
            + "{ 'op': 'create', 'table': 'opportunity', 'key': 'o1', 'row': { 'name': 'Deal', 'customerid': 'account:acme' } }, "
            + "{ 'op': 'win', 'key': 'o1', 'actualrevenue': 1000, 'closedate': '2026-01-20' }");

        // The win stamps both engine columns (domain.md section 2); the platform's own columns are not listed.
        var opportunity = run.Result!["tables"]!["opportunity"]![0]!.AsObject();
        Assert.Equal(new[] { "id", "key", "spm_salescycledays", "spm_isnewcustomer" }, opportunity.Select(p => p.Key));
    }

    [Fact]
    public void Responses_ExecuteStep_ListsResultsConvertedLikeValues()
    {
        var run = Run("{ 'op': 'execute', 'request': 'Create', 'parameters': { 'Target': { 'table': 'account', 'row': { 'name': 'Globex' } } } }");

        var response = Assert.Single(run.Result!["responses"]!.AsArray())!;
        Assert.Equal(4, response["step"]!.GetValue<int>());
        Assert.Equal("Create", response["request"]!.GetValue<string>());
        Assert.True(Guid.TryParse(response["results"]!["id"]!.GetValue<string>(), out _));
    }

    [Fact]
    public void Document_TopLevel_HasTheDocumentedMembers()
    {
        var result = Run().Result!;

        Assert.Equal(new[] { "scenario", "steps", "faults", "responses", "serviceCalls", "tables" }, result.Select(p => p.Key));
        Assert.Equal("test", result["scenario"]!.GetValue<string>());
        Assert.Equal(3, result["steps"]!.GetValue<int>());
        Assert.NotNull(result["serviceCalls"]!["total"]);
        Assert.IsType<JsonObject>(result["serviceCalls"]!["byPlugin"]);
    }

    private static JsonNode Target(ScenarioRun run)
    {
        Assert.True(run.Succeeded, run.Message);
        return run.Result!["tables"]!["spm_target"]![0]!;
    }

    private static ScenarioRun Run(string? steps = null)
    {
        var run = ScenarioRunner.RunJson(Json.Scenario(Json.TargetSetup + (steps is null ? "" : ", " + steps)), TestSchema.Options);
        Assert.True(run.Succeeded, run.Message);
        return run;
    }
}
