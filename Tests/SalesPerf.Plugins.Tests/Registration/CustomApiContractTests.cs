using System.Linq;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.Plugins.Tests.Registration;

/// <summary>The custom API names and parameters are a contract (domain doc section 2): pinned here, exactly.</summary>
public sealed class CustomApiContractTests
{
    [Theory]
    [InlineData("spm_DecomposeTarget", "Target:EntityReference, PeriodType:Integer, Weights:String?", "Created:Integer")] // decomposition
    [InlineData("spm_AllocateTarget", "Target:EntityReference, Allocations:String", "Created:Integer")] // allocation
    [InlineData("spm_ApplyKpiSet", "Owner:EntityReference, Period:EntityReference, KpiSet:EntityReference", "Scorecard:EntityReference")] // KPI set
    [InlineData("spm_RefreshPace", "Cursor:String?, SliceSize:Integer?", "Targets:Integer, NextCursor:String, IsDone:Boolean, Remaining:Integer")] // scheduled refresh of pace (issue 16 item 3)
    [InlineData("spm_Recalculate", "Period:EntityReference?, Owner:EntityReference?, Cursor:String?, SliceSize:Integer?", "Targets:Integer, Statements:Integer, NextCursor:String, IsDone:Boolean, Remaining:Integer")] // sliced recalculation (contract3 item 3)
    public void ReadCustomApis_PlanningApi_MatchesTheContract(string name, string request, string response)
    {
        var api = PluginCatalog.ReadCustomApis(typeof(PluginBase).Assembly).Single(a => a.UniqueName == name);

        Assert.Equal(CustomApiBindingType.Global, api.BindingType);
        Assert.False(api.IsFunction);
        Assert.Equal(Sorted(request), Sorted(string.Join(", ", api.RequestParameters.Select(p => p.UniqueName + ":" + p.Type + (p.IsOptional ? "?" : "")))));
        Assert.Equal(Sorted(response), Sorted(string.Join(", ", api.ResponseProperties.Select(p => p.UniqueName + ":" + p.Type))));
    }

    private static string[] Sorted(string list) => list.Split(", ").OrderBy(p => p, System.StringComparer.Ordinal).ToArray();
}
