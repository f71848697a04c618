using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg.Faults;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.LocalOrg.Store;

/// <summary>
/// Columns whose RequiredLevel is SystemRequired must hold a value (README "SystemRequired columns"). Checked in the
/// main operation, after the PreOperation steps, so a step that fills the column there is honoured; nothing is
/// written when a check fails.
/// </summary>
internal static class SystemRequiredColumns
{
    /// <summary>
    /// Update: a SystemRequired column sent as null. Docs ("Update and delete table rows using the SDK for .NET"):
    /// error -2147220989 with the message "Attribute: &lt;attribute name&gt; cannot be set to NULL".
    /// </summary>
    public static void RejectNull(ColumnDefinition column)
    {
        if (column.Required == RequiredLevel.SystemRequired)
        {
            throw SetToNull(column.LogicalName);
        }
    }

    /// <summary>
    /// Create: checked on the row as it will be stored, after the platform's own values (key, owner, state,
    /// status, currency, defaults) are in, so only the columns the caller must supply are demanded. A column the
    /// caller sent as null gets the Update wording; one the caller left out gets RequiredFieldMissing.
    /// </summary>
    public static void RequireOnCreate(TableDefinition table, Entity target, Entity row)
    {
        var missing = table.Columns.FirstOrDefault(c => c.Required == RequiredLevel.SystemRequired && row.GetAttributeValue<object>(c.LogicalName) is null);
        if (missing is null)
        {
            return;
        }

        if (target.Contains(missing.LogicalName))
        {
            throw SetToNull(missing.LogicalName);
        }

        throw OrganizationFaults.Create(
            ErrorCodes.RequiredFieldMissing,
            $"Required field '{missing.LogicalName}' is missing: a {table.LogicalName} cannot be created without it.");
    }

    private static System.ServiceModel.FaultException<OrganizationServiceFault> SetToNull(string column) =>
        OrganizationFaults.InvalidArgument($"Attribute: {column} cannot be set to NULL");
}
