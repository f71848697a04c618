using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using SalesPerf.Plugins.Reviews;
using SalesPerf.Plugins.Tests.Architecture;

namespace SalesPerf.Plugins.Tests.Reviews;

/// <summary>The role ids the plug-ins recognise are the ids the solution ships its roles with (Solution/Roles/*.json).</summary>
public sealed class RoleIdentitiesTests
{
    [Theory]
    [InlineData("salesperf-rep.json", "SalesPerf Rep")]
    [InlineData("salesperf-manager.json", "SalesPerf Manager")]
    [InlineData("salesperf-admin.json", "SalesPerf Admin")]
    public void RoleIdentities_SolutionRole_EqualsTheIdOfTheSolutionSource(string file, string name)
    {
        using var role = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Solution", "Roles", file)));

        var id = role.RootElement.GetProperty("id").GetGuid();

        Assert.Equal(name, role.RootElement.GetProperty("name").GetString());
        Assert.Equal(id, name switch
        {
            "SalesPerf Rep" => RoleIdentities.SalesPerfRep,
            "SalesPerf Manager" => RoleIdentities.SalesPerfManager,
            _ => RoleIdentities.SalesPerfAdmin,
        });
    }

    [Fact]
    public void RoleIdentities_SolutionRoles_AreEveryRoleOfTheSolutionSource()
    {
        var ids = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "Solution", "Roles"), "*.json")
            .Select(f => { using var role = JsonDocument.Parse(File.ReadAllText(f)); return role.RootElement.GetProperty("id").GetGuid(); })
            .Order()
            .ToArray();

        Assert.Equal(new[] { RoleIdentities.SalesPerfRep, RoleIdentities.SalesPerfManager, RoleIdentities.SalesPerfAdmin }.Order(), ids);
    }

    [Fact]
    public void RoleIdentities_SystemAdministrator_IsThePlatformsRoleTemplateId() =>
        Assert.Equal(new Guid("627090ff-40a3-4053-8790-584edc5be201"), RoleIdentities.SystemAdministratorTemplate);
}
