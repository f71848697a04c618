using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.Scenarios.Model;
using SalesPerf.Scenarios.Parsing;

namespace SalesPerf.Scenarios.Running;

/// <summary>
/// Creates what the file declares before its steps: currencies, business units (by name, under the root), users
/// (managers first), owner teams with their members, then the users' security roles (<see cref="ScenarioRoles"/>).
/// </summary>
internal sealed class ScenarioSetup
{
    private readonly ScenarioDefinition _scenario;
    private readonly IScenarioOrganization _org;
    private readonly RowKeys _keys;
    private readonly Dictionary<string, Guid> _businessUnits = new(StringComparer.Ordinal);

    public ScenarioSetup(ScenarioDefinition scenario, IScenarioOrganization org, RowKeys keys)
    {
        _scenario = scenario;
        _org = org;
        _keys = keys;
    }

    public void Create()
    {
        _keys.Add(KeyCatalog.Administrator, "systemuser", _org.AdministratorId);
        _keys.Add(KeyCatalog.RootBusinessUnit, "businessunit", _org.RootBusinessUnitId);
        _keys.Add(KeyCatalog.BaseCurrency, "transactioncurrency", _org.BaseCurrencyId);
        _keys.Add(KeyCatalog.Organization, "organization", _org.OrganizationId);
        foreach (var currency in _scenario.Currencies)
        {
            _keys.Add(currency.Key, "transactioncurrency",
                _org.CreateCurrency(currency.Code, currency.ExchangeRate, currency.Precision, currency.Name, currency.Symbol));
        }

        var pending = _scenario.Users.ToList();
        while (pending.Count > 0)
        {
            // The parser rejects manager cycles, so every pass creates at least one user.
            var ready = pending.Where(u => u.Manager is null || pending.All(p => p.Key != u.Manager)).ToList();
            foreach (var user in ready)
            {
                Guid? manager = user.Manager is string key ? _keys.Row(key).Id : null;
                _keys.Add(user.Key, "systemuser", _org.CreateUser(user.Name, manager, BusinessUnit(user.BusinessUnit)));
                pending.Remove(user);
            }
        }

        foreach (var team in _scenario.Teams)
        {
            var members = team.Members.Select(m => _keys.Row(m).Id).ToList();
            _keys.Add(team.Key, "team", _org.CreateTeam(team.Name, members, BusinessUnit(team.BusinessUnit)));
        }

        ScenarioRoles.Assign(_org, _keys, _scenario.Users);
    }

    private Guid? BusinessUnit(string? name)
    {
        if (name is null)
        {
            return null;
        }

        if (!_businessUnits.TryGetValue(name, out var id))
        {
            id = _org.CreateBusinessUnit(name);
            _businessUnits[name] = id;
        }

        return id;
    }
}
