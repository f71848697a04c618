using System.IO;
using System.Linq;
using System.Text.Json;
using SalesPerf.Plugins.DataAccess.Rows;
using SalesPerf.Plugins.Schema;
using SalesPerf.Plugins.Tests.Architecture;

namespace SalesPerf.Plugins.Tests.Schema;

public sealed class ComputedColumnLimitsTests
{
    [Fact]
    public void ComputedColumnLimits_EveryComputedNumberOfTargetScorecardAndStatement_MatchesTheSolutionSource()
    {
        var declared = new[] { "spm_target", "spm_scorecard", "spm_commissionstatement" }
            .SelectMany(table =>
            {
                using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Solution", "Tables", table + ".json")));
                return document.RootElement.GetProperty("columns").EnumerateArray()
                    .Where(c => c.TryGetProperty("computed", out var computed) && computed.GetBoolean() && c.GetProperty("type").GetString() is "Decimal" or "Money")
                    .Select(c => (table, c.GetProperty("name").GetString()!, c.GetProperty("min").GetDecimal(), c.GetProperty("max").GetDecimal()))
                    .ToArray();
            })
            .OrderBy(c => c.Item1 + "." + c.Item2)
            .ToArray();

        var limits = ComputedColumnLimits.All.OrderBy(c => c.Table + "." + c.Column).Select(c => (c.Table, c.Column, c.Min, c.Max)).ToArray();

        Assert.Equal(declared, limits);
    }

    [Fact]
    public void Normalised_AttainmentBeyondTheColumn_StoredAtTheLimitAndReported()
    {
        var figures = new TargetFigures { AttainmentPercent = 2_000_000_000_000m, ScorePercent = 150m, ActualValue = -300_000_000_000m };

        var normalised = figures.Normalised();

        Assert.Equal(100_000_000_000m, normalised.AttainmentPercent);
        Assert.Equal(150m, normalised.ScorePercent);
        Assert.Equal(-100_000_000_000m, normalised.ActualValue);
        Assert.Equal(
            new[]
            {
                new ColumnOverflow("spm_actualvalue", -300_000_000_000m, -100_000_000_000m),
                new ColumnOverflow("spm_attainmentpercent", 2_000_000_000_000m, 100_000_000_000m),
            },
            figures.Overflows().ToArray());
    }

    [Fact]
    public void Normalised_ValueAtTheLimit_KeptAndNotReported()
    {
        var figures = new TargetFigures { AttainmentPercent = 100_000_000_000m };

        Assert.Equal(100_000_000_000m, figures.Normalised().AttainmentPercent);
        Assert.Empty(figures.Overflows());
    }
}
