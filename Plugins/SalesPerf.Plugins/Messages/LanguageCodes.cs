namespace SalesPerf.Plugins.Messages;

/// <summary>The Dataverse language ids (LCID, <c>usersettings.uilanguageid</c>) that SalesPerf's messages are written in.</summary>
public static class LanguageCodes
{
    public const int English = 1033;
    public const int ChineseSimplified = 2052;
}
