using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.SolutionModel.Roles;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.LocalOrg.Security;

/// <summary>
/// The platform's sales tables the local organisation checks besides the solution's own, and two fixture roles that
/// grant them, modelled on Dynamics 365 Sales' <b>Salesperson</b> and <b>Sales Manager</b> (README "Security roles").
/// Privilege names follow the platform's: prv + verb + the privilege's entity name, which is the table's SchemaName
/// except where tables share privileges: <c>salesorder</c> uses <c>prv…Order</c>, and activities (opportunity close,
/// order close, appointment, phone call) the <c>prv…Activity</c> privileges (Dynamics CRM 2013/2015 SDK "SalesOrder
/// (order) entity privileges", "OpportunityClose entity privileges"; GenerateSalesOrderFromOpportunity needs
/// prvCreateOrder, prvReadOrder). Depths follow the default grants of the two roles on opportunity and order in those
/// SDK pages (Salesperson: Create, Delete and Assign Basic, Read Global, Write Global on opportunities, Local on orders;
/// Sales Manager the same at Local for Create, Delete and Assign); the other tables follow the same pattern. The roles
/// are fixtures, not the platform's exact current grants: they are installed with fixed ids of their own (never a
/// platform role id or template id), so a test names them by name.
/// </summary>
public static class BaseSalesRoles
{
    public static Guid SalespersonId { get; } = new("99767ec0-1041-4325-ab04-8bf6a5d931b7");

    public static Guid SalesManagerId { get; } = new("8b8c6bc7-8056-4f7b-9e1f-dc21a792d71e");

    public const string SalespersonName = "Salesperson";

    public const string SalesManagerName = "Sales Manager";

    /// <summary>The checked platform tables → the entity name in their privileges' names.</summary>
    public static IReadOnlyDictionary<string, string> CheckedTables { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["account"] = "Account",
        ["contact"] = "Contact",
        ["lead"] = "Lead",
        ["opportunity"] = "Opportunity",
        ["salesorder"] = "Order",
        ["invoice"] = "Invoice",
        ["opportunityclose"] = "Activity",
        ["orderclose"] = "Activity",
        ["appointment"] = "Activity",
        ["phonecall"] = "Activity",
    };

    /// <summary>A platform sales table whose privileges are checked for users without System Administrator.</summary>
    public static bool IsChecked(string logicalName) => CheckedTables.ContainsKey(logicalName);

    /// <summary>The privilege's name as the platform names it: <c>prvReadOpportunity</c>, <c>prvWriteOrder</c>, <c>prvCreateActivity</c>, <c>prvReadspm_target</c>.</summary>
    public static string PrivilegeName(PrivilegeVerb verb, TableDefinition table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return TablePrivilegeName.Of(verb, CheckedTables.TryGetValue(table.LogicalName, out var entity) ? entity : table.LogicalName);
    }

    /// <summary>Salesperson: creates and works her own deals, orders and customers, reads everyone's.</summary>
    public static RoleDefinition Salesperson { get; } = Role(SalespersonId, SalespersonName, PrivilegeDepth.Basic, orderWrite: PrivilegeDepth.Local);

    /// <summary>Sales Manager: as Salesperson, with Create, Delete and Assign over the business unit.</summary>
    public static RoleDefinition SalesManager { get; } = Role(SalesManagerId, SalesManagerName, PrivilegeDepth.Local, orderWrite: PrivilegeDepth.Local);

    public static IReadOnlyList<RoleDefinition> All { get; } = [Salesperson, SalesManager];

    private static RoleDefinition Role(Guid id, string name, PrivilegeDepth own, PrivilegeDepth orderWrite) => new()
    {
        Id = id,
        Name = name,
        Tables = CheckedTables.Keys.ToDictionary(
            table => table,
            table => (IReadOnlyDictionary<PrivilegeVerb, PrivilegeDepth>)new Dictionary<PrivilegeVerb, PrivilegeDepth>
            {
                [PrivilegeVerb.Create] = own,
                [PrivilegeVerb.Read] = PrivilegeDepth.Global,
                [PrivilegeVerb.Write] = table == "salesorder" ? orderWrite : PrivilegeDepth.Global,
                [PrivilegeVerb.Delete] = own,
                [PrivilegeVerb.Append] = PrivilegeDepth.Global,
                [PrivilegeVerb.AppendTo] = PrivilegeDepth.Global,
                [PrivilegeVerb.Assign] = own,
                [PrivilegeVerb.Share] = PrivilegeDepth.Global,
            },
            StringComparer.Ordinal),
    };
}
