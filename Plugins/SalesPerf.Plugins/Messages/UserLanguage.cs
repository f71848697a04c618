using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace SalesPerf.Plugins.Messages;

/// <summary>Reads the language a user works in, so that business messages reach them in it.</summary>
public static class UserLanguage
{
    public const string UserSettingsTable = "usersettings";
    public const string UserIdColumn = "systemuserid";
    public const string UiLanguageColumn = "uilanguageid";

    /// <summary>
    /// The user's <c>usersettings.uilanguageid</c> when SalesPerf speaks it, otherwise English. One query, one column.
    /// </summary>
    public static int Read(IOrganizationService service, Guid userId)
    {
        if (service is null)
        {
            throw new ArgumentNullException(nameof(service));
        }

        if (userId == Guid.Empty)
        {
            return LanguageCodes.English;
        }

        var query = new QueryExpression(UserSettingsTable)
        {
            ColumnSet = new ColumnSet(UiLanguageColumn),
            TopCount = 1,
        };
        query.Criteria.AddCondition(UserIdColumn, ConditionOperator.Equal, userId);

        var settings = service.RetrieveMultiple(query).Entities.FirstOrDefault();
        var language = settings?.GetAttributeValue<int?>(UiLanguageColumn);
        return language == LanguageCodes.ChineseSimplified ? LanguageCodes.ChineseSimplified : LanguageCodes.English;
    }
}
