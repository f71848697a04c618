using System.Globalization;
using SalesPerf.Plugins.Messages;

namespace SalesPerf.Plugins.Setup;

/// <summary>The one-sentence answer of <c>spm_CompleteSetup</c> in the caller's language.</summary>
internal static class SetupSummary
{
    public static string Format(int languageId, int registered, int alreadyThere) =>
        languageId == LanguageCodes.ChineseSimplified
            ? string.Format(CultureInfo.InvariantCulture, "已注册 {0} 个步骤，{1} 个已存在。", registered, alreadyThere)
            : string.Format(CultureInfo.InvariantCulture, "{0} {1} registered, {2} already there.", registered, registered == 1 ? "step" : "steps", alreadyThere);
}
