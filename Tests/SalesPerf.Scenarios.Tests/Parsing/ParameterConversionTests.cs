using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using SalesPerf.Scenarios.Model;
using SalesPerf.Scenarios.Parsing;
using SalesPerf.Scenarios.Tests.Support;

namespace SalesPerf.Scenarios.Tests.Parsing;

/// <summary>Parameters of execute: by a custom API's declared types, or by platform parameter name and JSON shape.</summary>
public sealed class ParameterConversionTests
{
    private static readonly ScenarioSchema Schema = TestSchema.WithSamples();

    [Fact]
    public void CustomApi_DeclaredTypes_ConvertEachParameter()
    {
        var parameters = Parameters("spm_Sample",
            "'Flag': true, 'When': '2026-03-31', 'Amount': 1.5, 'Target': 'spm_target:t1', 'Count': 3, 'Pay': 10, 'Kind': 100000002, "
            + "'Text': 'plain', 'Names': ['a', 'b'], 'Row': { 'name': 'Acme' }");

        Assert.True(Assert.IsType<bool>(parameters["Flag"]));
        Assert.Equal(new DateTime(2026, 3, 31, 0, 0, 0, DateTimeKind.Utc), parameters["When"]);
        Assert.Equal(1.5m, parameters["Amount"]);
        Assert.Equal(new KeyLookup("spm_target", "t1"), parameters["Target"]);
        Assert.Equal(3, parameters["Count"]);
        Assert.Equal(10m, Assert.IsType<Money>(parameters["Pay"]).Value);
        Assert.Equal(100000002, Assert.IsType<OptionSetValue>(parameters["Kind"]).Value);
        Assert.Equal("plain", parameters["Text"]);
        Assert.Equal(new[] { "a", "b" }, parameters["Names"]);
        var row = Assert.IsType<EntitySpec>(parameters["Row"]);
        Assert.Equal(("account", (object?)"Acme"), (row.Table, row.Values["name"]));
    }

    [Fact]
    public void CustomApi_StringWrittenAsJson_KeepsReferencesToResolveAtRunTime()
    {
        var parameters = Parameters("spm_Sample", "'Text': [ { 'owner': 'systemuser:alice', 'value': 60 }, { 'owner': 'team:east', 'percent': 40 } ]");

        var template = Assert.IsType<JsonTemplate>(parameters["Text"]);
        Assert.Equal(new KeyLookup("systemuser", "alice"), template.Lookups["systemuser:alice"]);
        Assert.Equal(new KeyLookup("team", "east"), template.Lookups["team:east"]);
        Assert.Equal(60, template.Node.AsArray()[0]!["value"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("'Count': 1.5", "$.steps[1].parameters.Count")]
    [InlineData("'Target': 'spm_kpi:revenue'", "$.steps[1].parameters.Target")]
    [InlineData("'Missing': 1", "$.steps[1].parameters.Missing")]
    [InlineData("'When': 'later'", "$.steps[1].parameters.When")]
    [InlineData("'Row': { 'nmae': 'x' }", "$.steps[1].parameters.Row.nmae")]
    public void CustomApi_ValueThatDoesNotFit_IsMalformed(string parameters, string path)
    {
        var error = Assert.Throws<ScenarioFormatException>(() => Parameters("spm_Sample", parameters));

        Assert.Equal(path, error.JsonPath);
    }

    [Fact]
    public void PlatformMessage_DocumentedNames_GetTheirTypes()
    {
        var parameters = Parameters("SetState", "'EntityMoniker': 'account:acme', 'State': 1, 'Status': 2");

        Assert.Equal(new KeyLookup("account", "acme"), parameters["EntityMoniker"]);
        Assert.Equal(1, Assert.IsType<OptionSetValue>(parameters["State"]).Value);
        Assert.Equal(2, Assert.IsType<OptionSetValue>(parameters["Status"]).Value);
    }

    [Fact]
    public void PlatformMessage_CloseEntity_IsConvertedByTheCloseTable()
    {
        var parameters = Parameters("WinOpportunity", "'OpportunityClose': { 'actualrevenue': 5, 'actualend': '2026-02-10' }, 'Status': 3");

        var close = Assert.IsType<EntitySpec>(parameters["OpportunityClose"]);
        Assert.Equal("opportunityclose", close.Table);
        Assert.Equal(5m, Assert.IsType<Money>(close.Values["actualrevenue"]).Value);
    }

    [Fact]
    public void PlatformMessage_OtherNames_FollowTheJsonShape()
    {
        var parameters = Parameters("spm_Unknown", "'Whole': 5, 'Fraction': 5.5, 'Text': 'plain', 'Ref': 'account:acme', 'Flag': false, 'List': ['x']");

        Assert.Equal(5, parameters["Whole"]);
        Assert.Equal(5.5m, parameters["Fraction"]);
        Assert.Equal("plain", parameters["Text"]);
        Assert.Equal(new KeyLookup("account", "acme"), parameters["Ref"]);
        Assert.False(Assert.IsType<bool>(parameters["Flag"]));
        Assert.Equal(new[] { "x" }, parameters["List"]);
    }

    private static IReadOnlyDictionary<string, object?> Parameters(string request, string parameters)
    {
        var json = Json.Of(
            "{ 'name': 'parameters', 'users': [ { 'key': 'alice', 'name': 'A' } ], 'teams': [ { 'key': 'east', 'name': 'E' } ], 'steps': [ "
            + "{ 'op': 'create', 'table': 'spm_target', 'key': 't1', 'row': {} }, "
            + $"{{ 'op': 'execute', 'request': '{request}', 'parameters': {{ {parameters} }} }}, "
            + "{ 'op': 'create', 'table': 'spm_kpi', 'key': 'revenue', 'row': {} }, "
            + "{ 'op': 'create', 'table': 'account', 'key': 'acme', 'row': {} } ] }");
        return Assert.IsType<ExecuteStep>(ScenarioParser.Parse(json, Schema).Steps[1]).Parameters;
    }
}
