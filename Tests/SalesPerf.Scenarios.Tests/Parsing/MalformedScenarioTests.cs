using SalesPerf.Scenarios.Parsing;
using SalesPerf.Scenarios.Tests.Support;

namespace SalesPerf.Scenarios.Tests.Parsing;

/// <summary>A malformed file is exit 2 with the JSON path of the offending value, never a guess.</summary>
public sealed class MalformedScenarioTests
{
    private const string Account = "{ 'op': 'create', 'table': 'account', 'key': 'a', 'row': { 'name': 'A' } }";

    [Fact]
    public void Parse_TextForDecimalColumn_NamesPathValueAndColumn()
    {
        var json = Json.Scenario("{ 'op': 'create', 'table': 'spm_target', 'key': 't1', 'row': { 'spm_targetvalue': 'abc' } }");

        var error = Assert.Throws<ScenarioFormatException>(() => ScenarioParser.Parse(json, TestSchema.Solution));

        Assert.Equal("$.steps[0].row.spm_targetvalue: \"abc\" is not a number for Decimal column spm_target.spm_targetvalue", error.Message);
    }

    [Theory]
    [InlineData("{ 'op': 'explode' }", "$.steps[0].op")]
    [InlineData("{ 'op': 'create', 'table': 'spm_nothing', 'row': {} }", "$.steps[0].table")]
    [InlineData("{ 'op': 'create', 'table': 'account', 'row': { 'nmae': 'x' } }", "$.steps[0].row.nmae")]
    [InlineData("{ 'op': 'create', 'table': 'opportunity', 'row': { 'customerid': 'account:ghost' } }", "$.steps[0].row.customerid")]
    [InlineData("{ 'op': 'create', 'table': 'opportunity', 'row': { 'customerid': 'systemuser:alice' } }", "$.steps[0].row.customerid")]
    [InlineData(Account + ", " + Account, "$.steps[1].key")]
    [InlineData("{ 'op': 'create', 'table': 'spm_kpi', 'row': { 'spm_measure': 42 } }", "$.steps[0].row.spm_measure")]
    [InlineData("{ 'op': 'create', 'table': 'spm_period', 'row': { 'spm_startdate': '31/03/2026' } }", "$.steps[0].row.spm_startdate")]
    [InlineData("{ 'op': 'create', 'table': 'spm_target', 'row': { 'spm_periodid': 'spm_period[spm_nope=FY2026]' } }", "$.steps[0].row.spm_periodid")]
    [InlineData("{ 'op': 'update', 'table': 'account', 'key': 'nobody', 'row': {} }", "$.steps[0].key")]
    [InlineData("{ 'op': 'update', 'table': 'account', 'row': { 'name': 'x' } }", "$.steps[0]")]
    [InlineData(Account + ", { 'op': 'win', 'key': 'a' }", "$.steps[1].key")]
    [InlineData("{ 'op': 'create', 'table': 'account', 'as': 'bob', 'row': {} }", "$.steps[0].as")]
    [InlineData("{ 'op': 'expect', 'table': 'account', 'where': { 'name': 'x' }, 'vaules': {} }", "$.steps[0].vaules")]
    [InlineData("{ 'op': 'expect', 'table': 'account', 'where': { 'name': 'x' } }", "$.steps[0]")]
    [InlineData("{ 'op': 'expectFault', 'contains': 'x', 'step': { 'op': 'expect', 'table': 'account', 'where': { 'name': 'x' }, 'count': 1 } }", "$.steps[0].step.op")]
    [InlineData("{ 'op': 'expectFault', 'contains': 'x', 'step': { 'op': 'update', 'table': 'account', 'where': { 'name': 'x' }, 'row': { 'revenue': true } } }", "$.steps[0].step.row.revenue")]
    [InlineData("{ 'op': 'setstate', 'table': 'opportunity', 'where': { 'name': 'x' }, 'state': 9 }", "$.steps[0].state")]
    [InlineData("{ 'op': 'clock', 'at': 'tomorrow' }", "$.steps[0].at")]
    [InlineData("{ 'op': 'expectFault', 'contains': 'x', 'step': { 'op': 'clock', 'at': '2026-01-01' } }", "$.steps[0].step.op")]
    [InlineData("{ 'op': 'reopen', 'where': { 'name': 'x' }, 'status': 3 }", "$.steps[0].status")]
    [InlineData("{ 'op': 'setstate', 'table': 'opportunity', 'where': { 'name': 'x' }, 'state': 0, 'status': 3 }", "$.steps[0].status")]
    [InlineData("{ 'op': 'lose', 'where': { 'name': 'x' }, 'status': 3 }", "$.steps[0].status")]
    [InlineData("{ 'op': 'win', 'table': 'salesorder', 'where': { 'name': 'x' } }", "$.steps[0].table")]
    [InlineData("{ 'op': 'expectCalls', 'plugin': 'X' }", "$.steps[0]")]
    [InlineData("{ 'op': 'execute', 'request': 'Create', 'parameters': { 'Target': { 'row': {} } } }", "$.steps[0].parameters.Target.table")]
    public void Parse_MalformedStep_NamesTheJsonPath(string steps, string path)
    {
        var error = Assert.Throws<ScenarioFormatException>(() => ScenarioParser.Parse(Json.Scenario(steps), TestSchema.Solution));

        Assert.Equal(path, error.JsonPath);
        Assert.StartsWith(path + ": ", error.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ 'steps': [] }", "$.name")]
    [InlineData("{ 'name': 'n' }", "$.steps")]
    [InlineData("{ 'name': 'n', 'steps': {} }", "$.steps")]
    [InlineData("{ 'name': 'n', 'stepz': [], 'steps': [] }", "$.stepz")]
    [InlineData("{ 'name': 'n', 'clock': '2026-13-01', 'steps': [] }", "$.clock")]
    [InlineData("{ 'name': 'n', 'organization': { 'fiscalYearStart': '13-01' }, 'steps': [] }", "$.organization.fiscalYearStart")]
    [InlineData("{ 'name': 'n', 'organization': { 'languageCode': 'zh' }, 'steps': [] }", "$.organization.languageCode")]
    [InlineData("{ 'name': 'n', 'currencies': [ { 'key': 'usd', 'code': 'USD', 'exchangeRate': 0 } ], 'steps': [] }", "$.currencies[0].exchangeRate")]
    [InlineData("{ 'name': 'n', 'users': [ { 'key': 'a', 'name': 'A', 'manager': 'b' }, { 'key': 'b', 'name': 'B', 'manager': 'a' } ], 'steps': [] }", "$.users[0].manager")]
    [InlineData("{ 'name': 'n', 'users': [ { 'key': 'a', 'name': 'A', 'manager': 'ghost' } ], 'steps': [] }", "$.users[0].manager")]
    [InlineData("{ 'name': 'n', 'users': [ { 'key': 'admin', 'name': 'A' } ], 'steps': [] }", "$.users[0].key")]
    [InlineData("{ 'name': 'n', 'teams': [ { 'key': 't', 'name': 'T', 'members': ['ghost'] } ], 'steps': [] }", "$.teams[0].members[0]")]
    public void Parse_MalformedDocument_NamesTheJsonPath(string document, string path)
    {
        var error = Assert.Throws<ScenarioFormatException>(() => ScenarioParser.Parse(Json.Of(document), TestSchema.Solution));

        Assert.Equal(path, error.JsonPath);
    }

    [Fact]
    public void RunJson_MalformedFile_ExitsTwoWithoutRunning()
    {
        var run = ScenarioRunner.RunJson(Json.Scenario("{ 'op': 'clock', 'at': 'soon' }"), TestSchema.Options);

        Assert.Equal(ScenarioExitCodes.Malformed, run.ExitCode);
        Assert.Equal("$.steps[0].at", run.JsonPath);
        Assert.Null(run.Result);
        Assert.Null(run.Organization);
    }

    [Fact]
    public void RunJson_InvalidJson_ExitsTwo()
    {
        var run = ScenarioRunner.RunJson("{ \"name\": ", TestSchema.Options);

        Assert.Equal(ScenarioExitCodes.Malformed, run.ExitCode);
        Assert.Contains("not valid JSON", run.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void RunFile_MissingFile_ExitsTwo()
    {
        var run = ScenarioRunner.RunFile("/no/such/scenario.json", TestSchema.Options);

        Assert.Equal(ScenarioExitCodes.Malformed, run.ExitCode);
    }
}
