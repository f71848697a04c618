using System;
using System.IO;
using System.Linq;
using SalesPerf.Scenarios.Tests.Support;

namespace SalesPerf.Scenarios.Tests.Coverage;

/// <summary>
/// Issue #4's "Done when", kept true: every KPI measure, every named case and every bad input of domain doc
/// section 8 has a scenario file that checks it (the files themselves run in <see cref="ScenarioFileTests"/>).
/// </summary>
public sealed class ScenarioCoverageTests
{
    private static readonly Lazy<System.Collections.Generic.IReadOnlyList<ScenarioFacts>> Files =
        new(() => ScenarioCoverage.Folder(Path.Combine(AppContext.BaseDirectory, "Scenarios")));

    /// <summary>Every option of <c>spm_kpi.spm_measure</c> in the solution source, so a new measure needs a scenario too.</summary>
    public static TheoryData<int> Measures() => new(MeasureValues());

    private static int[] MeasureValues() =>
        TestSchema.Solution.Tables.Single(t => t.LogicalName == "spm_kpi").FindColumn("spm_measure")!.Options.Select(o => o.Value).ToArray();

    public static TheoryData<string> Cases() => new(ScenarioCoverage.Cases.Keys);

    public static TheoryData<string> BadInputs() => new(ScenarioCoverage.BadInputs.Keys);

    [Fact]
    public void Measures_SolutionSource_HasTheFourteenOfTheDomainDocAndTheEightOfIssue14()
    {
        Assert.Equal(Enumerable.Range(100000000, 22), MeasureValues().Order());
    }

    [Theory]
    [MemberData(nameof(Measures))]
    public void Measure_ScenarioFiles_OneChecksAnActualOfIt(int measure)
    {
        var covering = Files.Value.Where(file => ScenarioCoverage.ChecksMeasure(file, measure)).Select(file => file.File).ToList();

        Assert.True(covering.Count > 0, $"No scenario file expects the actual of a target whose KPI has spm_measure {measure}.");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void NamedCase_ScenarioFiles_OneActsAndChecksIt(string name)
    {
        var covering = Files.Value.Where(ScenarioCoverage.Cases[name]).Select(file => file.File).ToList();

        Assert.True(covering.Count > 0, $"No scenario file covers the case '{name}' with an expectation after it.");
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void BadInput_ScenarioFiles_ExpectTheFaultTextInEnglishAndChinese(string rule)
    {
        var codes = ScenarioCoverage.BadInputs[rule];

        Assert.True(Files.Value.Any(file => ScenarioCoverage.ExpectsFaultText(file, codes, chinese: false)),
            $"No scenario file expects the English message of '{rule}' ({string.Join(" or ", codes)}) with its text.");
        Assert.True(Files.Value.Any(file => ScenarioCoverage.ExpectsFaultText(file, codes, chinese: true)),
            $"No scenario file expects the Chinese message of '{rule}' ({string.Join(" or ", codes)}) with its text.");
    }

    [Fact]
    public void Coverage_StepsWithoutExpectations_CoverNothing()
    {
        var file = ScenarioFacts.Parse("bare.json", Json.Of(BareSteps + " ] }"));

        Assert.False(ScenarioCoverage.ChecksMeasure(file, 100000002));
        Assert.False(ScenarioCoverage.Cases["team roll-up of a ratio"](file));
        Assert.False(ScenarioCoverage.Cases["multi-currency"](file));
        Assert.False(ScenarioCoverage.Cases["reopen"](file));
        Assert.False(ScenarioCoverage.Cases["seasonal decomposition"](file));
        Assert.False(ScenarioCoverage.ExpectsFaultText(file, ["SPM-TGT-001"], chinese: false));
    }

    [Fact]
    public void Coverage_StepsFollowedByAnExpectedActual_CoverTheMeasureAndTheCases()
    {
        var file = ScenarioFacts.Parse("checked.json", Json.Of(BareSteps
            + ", { 'op': 'expect', 'table': 'spm_target', 'key': 't', 'values': { 'spm_actualvalue': 50, 'spm_numerator': 1, 'spm_denominator': 2 } } ] }"));

        Assert.True(ScenarioCoverage.ChecksMeasure(file, 100000002));
        Assert.False(ScenarioCoverage.ChecksMeasure(file, 100000000));
        Assert.True(ScenarioCoverage.Cases["team roll-up of a ratio"](file));
        Assert.True(ScenarioCoverage.Cases["multi-currency"](file));
        Assert.True(ScenarioCoverage.Cases["reopen"](file));
        Assert.True(ScenarioCoverage.Cases["seasonal decomposition"](file));
        Assert.False(ScenarioCoverage.Cases["even decomposition"](file));
    }

    /// <summary>A win-rate team target, a USD deal reopened, a seasonal split and a fault checked by its code only.</summary>
    private const string BareSteps =
        "{ 'name': 'bare', 'currencies': [ { 'key': 'usd', 'code': 'USD', 'exchangeRate': 0.125 } ], 'steps': [ "
        + "{ 'op': 'create', 'table': 'spm_kpi', 'key': 'k', 'row': { 'spm_measure': 100000002 } }, "
        + "{ 'op': 'create', 'table': 'spm_target', 'key': 't', 'row': { 'spm_kpiid': 'spm_kpi:k', 'spm_rollupsource': 100000001 } }, "
        + "{ 'op': 'create', 'table': 'opportunity', 'key': 'o', 'row': { 'transactioncurrencyid': 'transactioncurrency:usd' } }, "
        + "{ 'op': 'reopen', 'key': 'o' }, "
        + "{ 'op': 'execute', 'request': 'spm_DecomposeTarget', 'parameters': { 'Weights': '50,50' } }, "
        + "{ 'op': 'expectFault', 'contains': 'SPM-TGT-001', 'step': { 'op': 'update', 'key': 't', 'row': { 'spm_targetvalue': -1 } } }";
}
