using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg.Query;

namespace SalesPerf.LocalOrg.Store;

/// <summary>The rows a new organisation has before anyone calls it; written directly, outside the pipeline.</summary>
internal sealed class OrganizationSeed
{
    private readonly OrganizationState _org;

    public OrganizationSeed(OrganizationState org) => _org = org;

    public void Seed(LocalOrganizationOptions options)
    {
        var ids = _org.Ids;
        Insert(new Entity("transactioncurrency", ids.BaseCurrencyId)
        {
            ["isocurrencycode"] = options.BaseCurrencyCode,
            ["currencyname"] = options.BaseCurrencyName,
            ["currencysymbol"] = options.BaseCurrencySymbol,
            ["currencyprecision"] = options.BaseCurrencyPrecision,
            ["exchangerate"] = 1m,
        });
        Insert(new Entity("organization", ids.OrganizationId)
        {
            ["name"] = options.OrganizationName,
            ["basecurrencyid"] = new EntityReference("transactioncurrency", ids.BaseCurrencyId),
            ["fiscalcalendarstart"] = new DateTime(2000, options.FiscalYearStartMonth, options.FiscalYearStartDay, 0, 0, 0, DateTimeKind.Utc),
            ["fiscalperiodtype"] = (int)options.FiscalPeriodType,
            ["languagecode"] = options.LanguageCode,
            ["pricingdecimalprecision"] = options.BaseCurrencyPrecision,
        });
        Insert(new Entity("businessunit", ids.RootBusinessUnitId) { ["name"] = options.OrganizationName });
        Insert(new Entity("systemuser", ids.SystemUserId)
        {
            ["fullname"] = "SYSTEM",
            ["businessunitid"] = new EntityReference("businessunit", ids.RootBusinessUnitId),
        });
        Insert(new Entity("systemuser", ids.AdministratorId)
        {
            ["fullname"] = "Administrator",
            ["businessunitid"] = new EntityReference("businessunit", ids.RootBusinessUnitId),
        });
        UserSettings(ids.SystemUserId, ids.RootBusinessUnitId, options.LanguageCode);
        UserSettings(ids.AdministratorId, ids.RootBusinessUnitId, options.LanguageCode);
    }

    /// <summary>The built-in administrator holds System Administrator through a real systemuserroles row.</summary>
    public void AdministratorRole(Guid systemAdministratorRoleId)
    {
        if (_org.Metadata.HasTable("systemuserroles"))
        {
            Insert(new Entity("systemuserroles", Guid.NewGuid())
            {
                ["systemuserid"] = _org.Ids.AdministratorId,
                ["roleid"] = systemAdministratorRoleId,
            });
        }
    }

    /// <summary>The usersettings row the platform creates with every user (keyed by the user's id).</summary>
    public void UserSettings(Guid userId, Guid businessUnitId, int? languageCode = null)
    {
        if (!_org.Metadata.HasTable("usersettings") || _org.Store.Exists("usersettings", userId))
        {
            return;
        }

        var language = languageCode ?? _org.Store.Find("organization", _org.Ids.OrganizationId)?.GetAttributeValue<int?>("languagecode") ?? 1033;
        Insert(new Entity("usersettings", userId)
        {
            ["businessunitid"] = new EntityReference("businessunit", businessUnitId),
            ["uilanguageid"] = language,
            ["localeid"] = language,
        });
    }

    private void Insert(Entity row) => _org.Writer.InsertSeed(row);
}
