using System;

namespace SalesPerf.Plugins.Reviews;

/// <summary>
/// The security roles SalesPerf recognises, by identity, never by name: names are localised (a Simplified Chinese
/// organisation calls System Administrator 系统管理员) and an admin may edit them. System Administrator is known by its
/// <c>roletemplateid</c>, "unique and constant in all environments" (dataverse-semantics.md section 10); the
/// solution's roles by the role ids of Solution/Roles/*.json, which Dataverse keeps in the root business unit while the
/// copies in child business units point back through <c>parentrootroleid</c>. A test holds these ids to the solution
/// source.
/// </summary>
public static class RoleIdentities
{
    /// <summary>role.roletemplateid of System Administrator in every organisation.</summary>
    public static readonly Guid SystemAdministratorTemplate = new("627090FF-40A3-4053-8790-584EDC5BE201");

    /// <summary>Solution/Roles/salesperf-rep.json "id".</summary>
    public static readonly Guid SalesPerfRep = new("6f0c2a8e-1d3b-4c5a-9e7f-0a1b2c3d4e01");

    /// <summary>Solution/Roles/salesperf-manager.json "id".</summary>
    public static readonly Guid SalesPerfManager = new("6f0c2a8e-1d3b-4c5a-9e7f-0a1b2c3d4e02");

    /// <summary>Solution/Roles/salesperf-admin.json "id".</summary>
    public static readonly Guid SalesPerfAdmin = new("6f0c2a8e-1d3b-4c5a-9e7f-0a1b2c3d4e03");
}
