using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Tests.Support;
using SalesPerf.Plugins.Registration;
using SalesPerf.SolutionModel.Roles;

namespace SalesPerf.LocalOrg.Tests.Security;

/// <summary>
/// An organisation with three business units (East, its child East North, and West), one user in each plus a
/// second in East, and test roles on the custom table test_widget, one per depth. Rows are created by the
/// administrator (who holds System Administrator) with the owner the test names. The users hold no role until a test
/// gives them one (a user without a role is denied everything).
/// </summary>
internal sealed class SecureOrg
{
    public const string Table = "test_widget";

    public SecureOrg(IReadOnlyList<RoleDefinition> roles, params StepRegistration[] steps)
    {
        Org = new LocalOrganization(new LocalOrganizationOptions
        {
            Steps = steps,
            CustomApis = [],
            AdditionalTables = [TestTables.Widget],
            Roles = roles,
            UtcNow = new DateTime(2026, 3, 31, 12, 0, 0, DateTimeKind.Utc),
        });
        East = Org.CreateBusinessUnit("East");
        EastNorth = Org.CreateBusinessUnit("East North", East);
        West = Org.CreateBusinessUnit("West");
        Ann = Org.CreateUser("Ann", businessUnitId: East);
        Ben = Org.CreateUser("Ben", businessUnitId: East);
        Cid = Org.CreateUser("Cid", businessUnitId: EastNorth);
        Dee = Org.CreateUser("Dee", businessUnitId: West);
    }

    public LocalOrganization Org { get; }
    public Guid East { get; }
    public Guid EastNorth { get; }
    public Guid West { get; }
    public Guid Ann { get; }
    public Guid Ben { get; }
    public Guid Cid { get; }
    public Guid Dee { get; }

    /// <summary>A role granting <paramref name="verbs"/> on test_widget at one depth.</summary>
    public static RoleDefinition Role(string name, PrivilegeDepth depth, params PrivilegeVerb[] verbs) =>
        RoleOn(name, new Dictionary<string, IReadOnlyDictionary<PrivilegeVerb, PrivilegeDepth>> { [Table] = verbs.ToDictionary(v => v, _ => depth) });

    /// <summary>A role with the given grants per table.</summary>
    public static RoleDefinition RoleOn(string name, Dictionary<string, IReadOnlyDictionary<PrivilegeVerb, PrivilegeDepth>> tables) =>
        new() { Id = Guid.NewGuid(), Name = name, Tables = tables };

    /// <summary>An organisation whose one test role is <paramref name="role"/>, held by Ann.</summary>
    public static SecureOrg WithAnnHolding(RoleDefinition role)
    {
        ArgumentNullException.ThrowIfNull(role);
        var org = new SecureOrg([role]);
        org.Org.AssignRole(org.Ann, role.Name);
        return org;
    }

    public IOrganizationService As(Guid user) => Org.ServiceFor(user);

    public Guid Widget(string name, Guid owner, string ownerTable = "systemuser") =>
        Org.Service.Create(new Entity(Table) { ["test_name"] = name, ["ownerid"] = new EntityReference(ownerTable, owner), ["test_count"] = 1 });

    /// <summary>The names of the widgets <paramref name="service"/> reads, ordered.</summary>
    public static string[] Names(IOrganizationService service) =>
        service.RetrieveMultiple(new QueryExpression(Table) { ColumnSet = new ColumnSet("test_name") })
            .Entities.Select(e => e.GetAttributeValue<string>("test_name")).Order(StringComparer.Ordinal).ToArray();

    /// <summary>One widget per user: "ann", "ben", "cid", "dee".</summary>
    public void OneWidgetEach()
    {
        Widget("ann", Ann);
        Widget("ben", Ben);
        Widget("cid", Cid);
        Widget("dee", Dee);
    }
}
