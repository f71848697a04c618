using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Scenarios.Running;

/// <summary>The little a scenario needs from an organisation; kept narrow so the runner does not follow every change of the emulator.</summary>
internal interface IScenarioOrganization
{
    IOrganizationService Administrator { get; }

    Guid OrganizationId { get; }

    Guid AdministratorId { get; }

    Guid RootBusinessUnitId { get; }

    Guid BaseCurrencyId { get; }

    DateTime UtcNow { get; set; }

    IOrganizationService ServiceFor(Guid userId);

    Guid CreateBusinessUnit(string name);

    Guid CreateUser(string fullName, Guid? managerId, Guid? businessUnitId);

    /// <summary>
    /// Gives the user a security role by name; System Administrator and System Customizer by their English or Chinese
    /// name in any organisation language. <see cref="ArgumentException"/> when the organisation has no such role.
    /// </summary>
    void AssignRole(Guid userId, string roleName);

    /// <summary>Gives the user System Administrator, by its template id.</summary>
    void AssignSystemAdministrator(Guid userId);

    Guid CreateTeam(string name, IReadOnlyList<Guid> memberIds, Guid? businessUnitId);

    Guid CreateCurrency(string code, decimal exchangeRate, int precision, string? name, string? symbol);

    void DrainAsync();

    /// <summary>Every row of a table with all its columns, in creation order.</summary>
    IReadOnlyList<Entity> Rows(string table);

    int ServiceCallTotal { get; }

    /// <summary>Service calls by plug-in type full name.</summary>
    IReadOnlyDictionary<string, int> ServiceCallsByPlugin { get; }
}
