using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Tests.Infrastructure;

namespace SalesPerf.Packer.Tests;

public sealed class RoleTests
{
    private static XElement RoleNamed(string name) =>
        Packages.Customizations(Packages.Managed).Element("Roles")!.Elements().Single(r => (string)r.Attribute("name")! == name);

    private static Dictionary<string, string> Privileges(string role) =>
        RoleNamed(role).Descendants("RolePrivilege").ToDictionary(p => (string)p.Attribute("name")!, p => (string)p.Attribute("level")!);

    [Fact]
    public void Roles_Package_HasTheThreeSalesPerfRolesAsRootComponents()
    {
        var roles = Packages.Customizations(Packages.Managed).Element("Roles")!.Elements().ToList();
        var roots = Packages.Manifest(Packages.Managed).Element("RootComponents")!.Elements()
            .Where(r => (string)r.Attribute("type")! == "20").Select(r => (string)r.Attribute("id")!);

        Assert.Equal(["SalesPerf Rep", "SalesPerf Manager", "SalesPerf Admin"], roles.Select(r => (string)r.Attribute("name")!));
        Assert.Equal(roles.Select(r => (string)r.Attribute("id")!).Order(), roots.Order());
    }

    [Fact]
    public void Roles_Rep_ReadsOnlyTheirOwnPerformanceRows()
    {
        var rep = Privileges("SalesPerf Rep");

        // domain.md 2: ownerid is the person who must achieve, so Basic-depth read shows reps their own rows.
        Assert.Equal("Basic", rep["prvReadspm_target"]);
        Assert.Equal("Basic", rep["prvReadspm_commissionstatement"]);
        Assert.Equal("Basic", rep["prvWritespm_review"]);
        Assert.False(rep.ContainsKey("prvWritespm_target"));
        Assert.False(rep.ContainsKey("prvCreatespm_target"));
        Assert.Equal("Global", rep["prvReadspm_period"]);
    }

    [Fact]
    public void Roles_Manager_ReachesTheTeamThroughBusinessUnitDepth()
    {
        var manager = Privileges("SalesPerf Manager");

        Assert.Equal("Deep", manager["prvCreatespm_target"]);
        Assert.Equal("Deep", manager["prvAssignspm_target"]);
        Assert.Equal("Deep", manager["prvWritespm_commissionstatement"]);
        Assert.Equal("Deep", manager["prvCreatespm_review"]);
        Assert.False(manager.ContainsKey("prvWritespm_kpi"));
    }

    [Fact]
    public void Roles_Admin_ConfiguresEveryTableOrganisationWide()
    {
        var admin = Privileges("SalesPerf Admin");

        Assert.All(admin.Values, level => Assert.Equal("Global", level));
        Assert.Equal("Global", admin["prvWritespm_commissionplan"]);
        Assert.Equal("Global", admin["prvSharespm_target"]);
        // An organization-owned table has no Assign or Share privilege.
        Assert.False(admin.ContainsKey("prvAssignspm_period"));
    }

    [Fact]
    public void Roles_Elements_MatchTheExportedRole()
    {
        var reference = XDocument.Load(Repository.TestFile("Reference", "role-apollo-staff.xml")).Root!.Descendants("Role").Single();
        var ours = RoleNamed("SalesPerf Rep");

        Assert.Equal(reference.Elements().Select(e => e.Name.LocalName), ours.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(reference.Attributes().Select(a => a.Name.LocalName), ours.Attributes().Select(a => a.Name.LocalName));
    }
}
