using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Attainment;

/// <summary>
/// The columns the attainment engine alone writes outside <c>spm_target</c> (whose own guard is
/// <c>TargetValidationPlugin</c>): the scorecard's results and the stamps on opportunities, orders and invoices
/// (domain doc section 2) and a lead's close date (domain-rules.md "Process KPI gaps"), with the column that names a
/// row of each table in a message.
/// </summary>
public static class EngineColumns
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> ByTable = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [ScorecardColumns.EntityName] = new[]
        {
            ScorecardColumns.WeightedScore, ScorecardColumns.Rank, ScorecardColumns.LastCalculatedOn,
            ScorecardColumns.RecalculationNeeded, ScorecardColumns.RecalculationReason,
        },
        [OpportunityColumns.EntityName] = new[] { OpportunityColumns.SalesCycleDays, OpportunityColumns.IsNewCustomer },
        [SalesOrderColumns.EntityName] = new[] { SalesOrderColumns.GrossMargin },
        [InvoiceColumns.EntityName] = new[] { InvoiceColumns.AmountPaid },
        [LeadColumns.EntityName] = new[] { LeadColumns.ClosedOn },
    };

    public static IReadOnlyList<string> Of(string table) =>
        ByTable.TryGetValue(table, out var columns) ? columns : Array.Empty<string>();

    /// <summary>The primary name column of a guarded table.</summary>
    public static string NameColumn(string table) => table switch
    {
        ScorecardColumns.EntityName => ScorecardColumns.Name,
        LeadColumns.EntityName => LeadColumns.Subject,
        _ => "name",
    };

    /// <summary>
    /// The metadata default of the engine columns that have one: a Boolean's default is No. Dataverse writes it into
    /// every Create Target before the first stage (with SharedVariables["DefaultsAddedFlag"]), so on Create that value
    /// is not a user's write; a user who sends it explicitly cannot be told apart, and writing the default is harmless.
    /// Integer, Money and DateTime columns have no metadata default. The recalculation mark (<c>spm_recalculationneeded</c>,
    /// the same name on targets and scorecards) defaults to No.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, object> PlatformDefaults = new Dictionary<string, object>(StringComparer.Ordinal)
    {
        [OpportunityColumns.IsNewCustomer] = false,
        [ScorecardColumns.RecalculationNeeded] = false,
    };

    /// <summary>The first engine-only column among <paramref name="written"/>, or null.</summary>
    public static string? FirstWritten(string table, IEnumerable<string> written) =>
        written.FirstOrDefault(column => Of(table).Contains(column, StringComparer.Ordinal));

    /// <summary>
    /// The first engine-only column a Create Target carries with a value other than the platform's default, or null.
    /// </summary>
    public static string? FirstWrittenOnCreate(Entity target)
    {
        if (target is null)
        {
            throw new ArgumentNullException(nameof(target));
        }

        return Of(target.LogicalName).FirstOrDefault(column => target.Contains(column) && !IsPlatformDefault(column, target[column]));
    }

    /// <summary>The platform's metadata default of an engine column, or null when it has none.</summary>
    public static object? PlatformDefault(string column) =>
        PlatformDefaults.TryGetValue(column, out var value) ? value : null;

    private static bool IsPlatformDefault(string column, object? value) =>
        PlatformDefault(column) is { } platformDefault && platformDefault.Equals(value);
}
