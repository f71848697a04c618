using System.IO;
using System.Linq;
using System.Text.Json;
using SalesPerf.Plugins.Deletion;
using SalesPerf.Plugins.Messages;
using SalesPerf.Plugins.Tests.Architecture;

namespace SalesPerf.Plugins.Tests.Deletion;

public sealed class DeleteGuardsTests
{
    [Fact]
    public void DeleteGuards_Dependents_AreExactlyTheRestrictLookupsOfTheSolutionSource()
    {
        var restricted = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "Solution", "Tables"), "*.json")
            .SelectMany(file =>
            {
                using var document = JsonDocument.Parse(File.ReadAllText(file));
                var table = document.RootElement.GetProperty("logicalName").GetString()!;
                return document.RootElement.GetProperty("columns").EnumerateArray()
                    .Where(c => c.TryGetProperty("cascadeDelete", out var cascade) && cascade.GetString() == "Restrict")
                    .Select(c => c.GetProperty("targets")[0].GetString() + " <- " + table + "." + c.GetProperty("name").GetString())
                    .ToArray();
            })
            .Order()
            .ToArray();

        var guarded = DeleteGuards.All
            .SelectMany(guard => guard.Dependents.Select(kind => guard.Table + " <- " + kind.Table + "." + kind.Lookup))
            .Order()
            .ToArray();

        Assert.Equal(restricted, guarded);
    }

    [Fact]
    public void UsageText_SeveralKinds_EnglishListWithExampleAndAnd()
    {
        var text = UsageText.Format(LanguageCodes.English, Usages());

        Assert.Equal("12 targets (e.g. 'Ana — Revenue Q1'), 1 scorecard and at least 50,000 commission statements", text);
    }

    [Fact]
    public void UsageText_SeveralKinds_ChineseListWithExample()
    {
        var text = UsageText.Format(LanguageCodes.ChineseSimplified, Usages());

        Assert.Equal("12 个目标（如“Ana — Revenue Q1”）、1 个计分卡和至少 50,000 个佣金对账单", text);
    }

    private static DependentUsage[] Usages()
    {
        var period = DeleteGuards.For("spm_period").Dependents;
        return
        [
            new DependentUsage(period[0], 12, AtLeast: false, Example: "Ana — Revenue Q1"),
            new DependentUsage(period[1], 1, AtLeast: false, Example: null),
            new DependentUsage(period[3], 50_000, AtLeast: true, Example: null),
        ];
    }
}
