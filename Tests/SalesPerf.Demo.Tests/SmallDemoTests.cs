using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Demo.Tests;

public sealed class SmallDemoTests : IClassFixture<SmallDemoFixture>
{
    private readonly SmallDemoFixture _demo;

    public SmallDemoTests(SmallDemoFixture demo) => _demo = demo;

    [Fact]
    public void Run_SmallDemo_HasNoFaults()
    {
        Assert.True(_demo.Result.Faults == 0, string.Join(Environment.NewLine, _demo.Result.FaultMessages));
    }

    [Fact]
    public void Run_SmallDemo_WritesBusinessRows()
    {
        Assert.True(_demo.Result.RowCounts["opportunity"] > 0);
        Assert.True(_demo.Result.RowCounts["salesorder"] > 0);
        Assert.True(_demo.Result.RowCounts["spm_target"] > 0);
        Assert.True(_demo.Result.Operations > 50);
    }

    [Fact]
    public void Report_SmallDemo_NamesEveryRepAndSection()
    {
        foreach (var rep in Generation.DemoGenerator.Generate(SmallDemoFixture.Options).Reps)
        {
            Assert.Contains(rep.FullName, _demo.Report, StringComparison.Ordinal);
        }

        foreach (var section in new[] { "attainment", "team", "leaderboard", "scorecards", "commission", "reviews", "feedback", "calls" })
        {
            Assert.Contains($"<section id=\"{section}\">", _demo.Report, StringComparison.Ordinal);
        }

        Assert.Contains("<svg", _demo.Report, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_SmallDemo_ShowsEachManagersTeamThisQuarterWithPaceAndProjection()
    {
        var teams = Reporting.ReportData.Read(_demo.Organization, Guid.Empty, leaderboardApi: false).Teams(_demo.Organization.Clock.UtcNow);

        Assert.NotEmpty(teams);
        Assert.All(teams, team => Assert.Contains($"{team.Manager} · {team.Period}", _demo.Report, StringComparison.Ordinal));
        var targets = teams.SelectMany(t => t.Targets).ToList();
        Assert.Contains(targets, t => t.Contains("spm_pacestatus"));
        Assert.Contains(targets, t => t.Contains("spm_projectedvalue"));
    }

    [Fact]
    public void Report_Numbers_EqualStoredValues()
    {
        var cells = Regex.Matches(_demo.Report, "data-id=\"(?<id>[0-9a-f-]{36})\" data-field=\"(?<field>[a-z_]+)\">(?<value>[^<]*)</td>");
        var rows = new[] { "spm_target", "spm_scorecard", "spm_commissionstatement", "spm_commissionline", "spm_review", "spm_objective", "spm_keyresult", "spm_developmentplan" }
            .SelectMany(_demo.Organization.Rows).ToDictionary(r => r.Id);
        var compared = 0;
        foreach (Match cell in cells)
        {
            var row = rows[Guid.Parse(cell.Groups["id"].Value)];
            var shown = cell.Groups["value"].Value;
            var stored = row.Attributes.TryGetValue(cell.Groups["field"].Value, out var value) ? value : null;
            decimal? expected = stored switch { decimal d => d, Money m => m.Value, int i => i, _ => null };
            if (expected is null)
            {
                Assert.Equal("—", shown);
                continue;
            }

            Assert.Equal(Math.Round(expected.Value, 2, MidpointRounding.AwayFromZero), decimal.Parse(shown.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture));
            compared++;
        }

        Assert.True(compared > 10, $"only {compared} numbers compared");
    }

    [Fact]
    public void Report_File_IsSelfContained()
    {
        foreach (var external in new[] { "http:", "https:", "src=", "<link", "@import", "url(", "<script" })
        {
            Assert.DoesNotContain(external, _demo.Report, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Run_SmallDemo_PrintsSummaryAndCallTotals()
    {
        var text = _demo.Console.ToString();

        Assert.Contains("Plug-in service calls", text, StringComparison.Ordinal);
        Assert.Equal(_demo.Organization.ServiceCalls.Total, _demo.Result.PluginServiceCalls);
    }
}
