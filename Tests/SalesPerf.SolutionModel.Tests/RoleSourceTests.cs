using System;
using System.IO;
using System.Linq;
using SalesPerf.SolutionModel.Roles;

namespace SalesPerf.SolutionModel.Tests;

/// <summary>Solution/Roles/*.json: the three SalesPerf roles as the domain describes them, and the loader's checks.</summary>
public sealed class RoleSourceTests
{
    private static readonly string[] OrganizationOwned = ["spm_commissionplan", "spm_commissiontier", "spm_kpi", "spm_kpiset", "spm_kpisetitem", "spm_period"];

    [Fact]
    public void Repository_Roles_AreRepManagerAdminWithTheirFixedIds()
    {
        var roles = RepositorySource.Metadata.Roles.OrderBy(r => r.Id).ToList();

        Assert.Equal(["SalesPerf Rep", "SalesPerf Manager", "SalesPerf Admin"], roles.Select(r => r.Name));
        Assert.Equal(
            [new Guid("6f0c2a8e-1d3b-4c5a-9e7f-0a1b2c3d4e01"), new Guid("6f0c2a8e-1d3b-4c5a-9e7f-0a1b2c3d4e02"), new Guid("6f0c2a8e-1d3b-4c5a-9e7f-0a1b2c3d4e03")],
            roles.Select(r => r.Id));
        Assert.All(roles, r => Assert.NotNull(r.Description));
    }

    [Fact]
    public void Repository_Rep_ReadsOwnRowsAndWritesNoComputedRow()
    {
        var rep = RepositorySource.Metadata.Role("SalesPerf Rep");

        // domain.md 2: ownerid is the person who must achieve, so Basic read shows reps their own rows.
        foreach (var table in new[] { "spm_target", "spm_scorecard", "spm_commissionstatement", "spm_commissionline", "spm_review", "spm_planassignment" })
        {
            Assert.Equal(PrivilegeDepth.Basic, rep.Depth(table, PrivilegeVerb.Read));
        }

        // Targets, scorecards and lines are computed by the engine (as SYSTEM): the rep writes none of them.
        foreach (var table in new[] { "spm_target", "spm_scorecard", "spm_commissionline" })
        {
            Assert.Null(rep.Depth(table, PrivilegeVerb.Write));
            Assert.Null(rep.Depth(table, PrivilegeVerb.Create));
        }

        // domain.md 7: only the reviewee writes the self-assessment and acknowledges; domain-rules: the rep disputes a statement.
        Assert.Equal(PrivilegeDepth.Basic, rep.Depth("spm_review", PrivilegeVerb.Write));
        Assert.Equal(PrivilegeDepth.Basic, rep.Depth("spm_commissionstatement", PrivilegeVerb.Write));
        Assert.Equal(PrivilegeDepth.Global, rep.Depth("spm_period", PrivilegeVerb.Read));
        Assert.Null(rep.Depth("spm_kpi", PrivilegeVerb.Write));
    }

    [Fact]
    public void Repository_Manager_ReachesTheBusinessUnitAndConfiguresNothing()
    {
        var manager = RepositorySource.Metadata.Role("SalesPerf Manager");

        Assert.Equal(PrivilegeDepth.Deep, manager.Depth("spm_target", PrivilegeVerb.Create));
        Assert.Equal(PrivilegeDepth.Deep, manager.Depth("spm_target", PrivilegeVerb.Assign));
        Assert.Equal(PrivilegeDepth.Deep, manager.Depth("spm_review", PrivilegeVerb.Write));
        Assert.Equal(PrivilegeDepth.Deep, manager.Depth("spm_commissionstatement", PrivilegeVerb.Write));
        Assert.Null(manager.Depth("spm_commissionline", PrivilegeVerb.Write));
        Assert.All(OrganizationOwned, table => Assert.Null(manager.Depth(table, PrivilegeVerb.Write)));
    }

    [Fact]
    public void Repository_Admin_HoldsEveryPrivilegeGlobally()
    {
        var admin = RepositorySource.Metadata.Role("SalesPerf Admin");
        var custom = RepositorySource.Metadata.Tables.Where(t => t.IsCustom).ToList();

        Assert.All(custom, table => Assert.Equal(PrivilegeDepth.Global, admin.Depth(table.LogicalName, PrivilegeVerb.Write)));
        Assert.All(admin.Tables.Values.SelectMany(p => p.Values), depth => Assert.Equal(PrivilegeDepth.Global, depth));
        Assert.Null(admin.Depth("spm_period", PrivilegeVerb.Assign));
    }

    [Fact]
    public void Load_WithoutRolesFolder_HasNoRoles()
    {
        using var source = new TemporarySource().WithTable("spm_thing.json", Table("spm_thing", "UserOwned"));

        Assert.Empty(SolutionMetadata.Load(source.Root).Roles);
    }

    [Fact]
    public void Load_ValidRole_ReadsPrivilegesAndDepths()
    {
        using var source = Source(Role("""{ "spm_thing": { "Read": "Basic", "Write": "Local" }, "spm_setting": { "Read": "Global" } }"""));

        var role = Assert.Single(SolutionMetadata.Load(source.Root).Roles);

        Assert.Equal("Thing reader", role.Name);
        Assert.Equal(PrivilegeDepth.Local, role.Depth("spm_thing", PrivilegeVerb.Write));
        Assert.Null(role.Depth("spm_thing", PrivilegeVerb.Delete));
    }

    [Theory]
    [InlineData("""{ "spm_thing": { "Reed": "Basic" } }""", "$.privileges.spm_thing.Reed", "unknown privilege 'Reed'")]
    [InlineData("""{ "spm_thing": { "Read": "User" } }""", "$.privileges.spm_thing.Read", "unknown PrivilegeDepth 'User'")]
    [InlineData("""{ "opportunity": { "Read": "Basic" } }""", "$.privileges.opportunity", "only the solution's own tables")]
    [InlineData("""{ "spm_setting": { "Read": "Basic" } }""", "$.privileges.spm_setting.Read", "the depth must be Global")]
    [InlineData("""{ "spm_setting": { "Assign": "Global" } }""", "$.privileges.spm_setting.Assign", "no Assign privilege")]
    public void Load_BadPrivilege_NamesFileAndPath(string privileges, string jsonPath, string problem)
    {
        using var source = Source(Role(privileges));

        var error = Assert.Throws<SolutionSourceException>(() => SolutionMetadata.Load(source.Root));

        Assert.Equal("Roles/reader.json", error.FilePath);
        Assert.Equal(jsonPath, error.JsonPath);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TwoRolesWithOneId_IsRejected()
    {
        using var source = Source(Role("{}"));
        File.WriteAllText(Path.Combine(source.Root, "Roles", "second.json"), Role("{}").Replace("Thing reader", "Other", StringComparison.Ordinal));

        var error = Assert.Throws<SolutionSourceException>(() => SolutionMetadata.Load(source.Root));

        Assert.Equal("$.id", error.JsonPath);
        Assert.Contains("already used in Roles/reader.json", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownProperty_IsRejected()
    {
        using var source = Source(Role("{}").Replace("\"name\"", "\"label\": \"x\", \"name\"", StringComparison.Ordinal));

        var error = Assert.Throws<SolutionSourceException>(() => SolutionMetadata.Load(source.Root));

        Assert.Equal("$.label", error.JsonPath);
    }

    private static TemporarySource Source(string role)
    {
        var source = new TemporarySource()
            .WithTable("spm_thing.json", Table("spm_thing", "UserOwned"))
            .WithTable("spm_setting.json", Table("spm_setting", "OrganizationOwned"))
            .WithSystemTable("opportunity.json", """
                { "logicalName": "opportunity", "displayName": { "en": "Opportunity", "zh": "商机" }, "pluralName": { "en": "Opportunities", "zh": "商机" },
                  "primaryName": "name", "columns": [ { "name": "name", "type": "String", "label": { "en": "Name", "zh": "名称" }, "maxLength": 300 } ] }
                """);
        Directory.CreateDirectory(Path.Combine(source.Root, "Roles"));
        File.WriteAllText(Path.Combine(source.Root, "Roles", "reader.json"), role);
        return source;
    }

    private static string Role(string privileges) => $$"""
        { "id": "0d1e2f30-4152-4637-8899-aabbccddeeff", "name": "Thing reader", "privileges": {{privileges}} }
        """;

    private static string Table(string name, string ownership) => $$"""
        {
          "logicalName": "{{name}}",
          "displayName": { "en": "Thing", "zh": "物品" },
          "pluralName": { "en": "Things", "zh": "物品" },
          "ownership": "{{ownership}}",
          "primaryName": "spm_name",
          "columns": [ { "name": "spm_name", "type": "String", "label": { "en": "Name", "zh": "名称" }, "maxLength": 100 } ]
        }
        """;
}
