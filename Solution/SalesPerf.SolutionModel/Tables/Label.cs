namespace SalesPerf.SolutionModel.Tables;

/// <summary>A display text in the two languages the solution ships: English (1033) and Simplified Chinese (2052).</summary>
public sealed record Label(string English, string Chinese)
{
    public const int EnglishLcid = 1033;
    public const int ChineseLcid = 2052;

    public string For(int lcid) => lcid == ChineseLcid ? Chinese : English;
}
