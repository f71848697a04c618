using System;
using System.Globalization;

namespace SalesPerf.Demo.Generation;

/// <summary>
/// How the reps are organised: at most <see cref="RepsPerTeam"/> reps per team (round robin, rep i in team i mod teams),
/// each team with its manager, teams grouped into business units (team t in unit t mod units, at most
/// <see cref="TeamsPerUnit"/> teams a unit). Up to ten reps it is the default demo: two teams, East 华东 and North 华北,
/// each its own business unit.
/// </summary>
internal sealed record DemoLayout(int Reps, int Teams, int Units)
{
    public const int RepsPerTeam = 10;

    public const int TeamsPerUnit = 10;

    private static readonly (string English, string Chinese)[] Regions =
    [
        ("East", "华东"), ("North", "华北"), ("South", "华南"), ("West", "华西"),
        ("Central", "华中"), ("Northeast", "东北"), ("Southwest", "西南"), ("Northwest", "西北"),
    ];

    public static DemoLayout For(int reps)
    {
        if (DemoOptions.RepsError(reps) is { } error)
        {
            throw new ArgumentOutOfRangeException(nameof(reps), reps, error);
        }

        var teams = Math.Max(2, Ceiling(reps, RepsPerTeam));
        var units = teams == 2 ? 2 : Math.Max(2, Ceiling(teams, TeamsPerUnit));
        return new DemoLayout(reps, teams, units);
    }

    /// <summary>Whether each team is its own business unit (the default demo), named like the team.</summary>
    public bool UnitPerTeam => Units == Teams;

    public int UnitOf(int team) => team % Units;

    public int TeamOf(int rep) => rep % Teams;

    /// <summary>East 华东, North 华北, … Northwest 西北, then East 2 华东2 and so on.</summary>
    public static string TeamName(int team)
    {
        var (english, chinese) = Regions[team % Regions.Length];
        var round = team / Regions.Length;
        if (round == 0)
        {
            return $"{english} {chinese}";
        }

        var n = (round + 1).ToString(CultureInfo.InvariantCulture);
        return $"{english} {n} {chinese}{n}";
    }

    public string UnitName(int unit) =>
        UnitPerTeam ? TeamName(unit) : string.Create(CultureInfo.InvariantCulture, $"Division {unit + 1} 事业部{unit + 1}");

    private static int Ceiling(int value, int divisor) => (value + divisor - 1) / divisor;
}
