using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Attainment;

/// <summary>
/// The columns the attainment engine alone writes outside <c>spm_target</c> (whose own guard is
/// <c>TargetValidationPlugin</c>): the scorecard's results and the stamps on opportunities, orders and invoices
/// (domain doc section 2), with the column that names a row of each table in a message.
/// </summary>
public static class EngineColumns
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> ByTable = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [ScorecardColumns.EntityName] = new[] { ScorecardColumns.WeightedScore, ScorecardColumns.Rank, ScorecardColumns.LastCalculatedOn },
        [OpportunityColumns.EntityName] = new[] { OpportunityColumns.SalesCycleDays, OpportunityColumns.IsNewCustomer },
        [SalesOrderColumns.EntityName] = new[] { SalesOrderColumns.GrossMargin },
        [InvoiceColumns.EntityName] = new[] { InvoiceColumns.AmountPaid },
    };

    public static IReadOnlyList<string> Of(string table) =>
        ByTable.TryGetValue(table, out var columns) ? columns : Array.Empty<string>();

    /// <summary>The primary name column of a guarded table.</summary>
    public static string NameColumn(string table) =>
        string.Equals(table, ScorecardColumns.EntityName, StringComparison.Ordinal) ? ScorecardColumns.Name : "name";

    /// <summary>The first engine-only column among <paramref name="written"/>, or null.</summary>
    public static string? FirstWritten(string table, IEnumerable<string> written) =>
        written.FirstOrDefault(column => Of(table).Contains(column, StringComparer.Ordinal));
}
