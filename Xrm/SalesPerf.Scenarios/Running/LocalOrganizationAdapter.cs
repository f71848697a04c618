using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg;
using SalesPerf.LocalOrg.Security;
using SalesPerf.Scenarios.Model;

namespace SalesPerf.Scenarios.Running;

/// <summary>A fresh <see cref="LocalOrganization"/> with the solution's tables and the plug-ins registered as the packed solution registers them.</summary>
internal sealed class LocalOrganizationAdapter : IScenarioOrganization
{
    public LocalOrganizationAdapter(ScenarioDefinition scenario, ScenarioSchema schema)
    {
        var options = new LocalOrganizationOptions
        {
            Tables = schema.Tables.ToList(),
            CustomApis = schema.CustomApis,
            BaseCurrencyCode = scenario.Organization.BaseCurrency,
            BaseCurrencyName = scenario.Organization.BaseCurrency,
            BaseCurrencySymbol = scenario.Organization.BaseCurrency,
            FiscalYearStartMonth = scenario.Organization.FiscalYearStartMonth,
            FiscalYearStartDay = scenario.Organization.FiscalYearStartDay,
            LanguageCode = scenario.Organization.LanguageCode,
        };
        if (scenario.Clock is DateTime clock)
        {
            options = options with { UtcNow = clock };
        }

        Organization = new LocalOrganization(options);
    }

    public LocalOrganization Organization { get; }

    public IOrganizationService Administrator => Organization.Service;

    public Guid OrganizationId => Organization.OrganizationId;

    public Guid AdministratorId => Organization.AdministratorId;

    public Guid RootBusinessUnitId => Organization.RootBusinessUnitId;

    public Guid BaseCurrencyId => Organization.BaseCurrencyId;

    public DateTime UtcNow
    {
        get => Organization.Clock.UtcNow;
        set => Organization.Clock.UtcNow = value;
    }

    public int ServiceCallTotal => Organization.ServiceCalls.Total;

    public IReadOnlyDictionary<string, int> ServiceCallsByPlugin => Organization.ServiceCalls.ByPlugin.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    public IOrganizationService ServiceFor(Guid userId) => Organization.ServiceFor(userId);

    public Guid CreateBusinessUnit(string name) => Organization.CreateBusinessUnit(name);

    public Guid CreateUser(string fullName, Guid? managerId, Guid? businessUnitId) => Organization.CreateUser(fullName, managerId, businessUnitId);

    public void AssignRole(Guid userId, string roleName)
    {
        if (BuiltInRole.All.FirstOrDefault(r => roleName == r.EnglishName || roleName == r.ChineseName) is { } builtIn)
        {
            Organization.AssignRole(userId, builtIn.TemplateId);
            return;
        }

        Organization.AssignRole(userId, roleName);
    }

    public void AssignSystemAdministrator(Guid userId) => Organization.AssignRole(userId, BuiltInRole.SystemAdministrator.TemplateId);

    public Guid CreateTeam(string name, IReadOnlyList<Guid> memberIds, Guid? businessUnitId) => Organization.CreateTeam(name, memberIds, businessUnitId);

    public Guid CreateCurrency(string code, decimal exchangeRate, int precision, string? name, string? symbol) =>
        Organization.CreateCurrency(code, exchangeRate, precision, name, symbol);

    public void DrainAsync() => Organization.DrainAsync();

    public IReadOnlyList<Entity> Rows(string table) => Organization.Rows(table);
}
