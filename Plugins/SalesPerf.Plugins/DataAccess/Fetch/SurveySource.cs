using System;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.DataAccess.Fetch;

/// <summary>
/// Where CustomerSatisfaction reads its scores: SalesPerf's <c>spm_surveyresponse</c> (<see cref="Own"/>) or a table the
/// KPI names with its score, date and customer columns (logical names, trimmed and lower-cased as Dataverse stores them).
/// </summary>
public sealed record SurveySource
{
    private SurveySource(string table, string scoreColumn, string dateColumn, string customerColumn, bool isOwn)
    {
        Table = table;
        ScoreColumn = scoreColumn;
        DateColumn = dateColumn;
        CustomerColumn = customerColumn;
        IsOwn = isOwn;
    }

    /// <summary>SalesPerf's own survey responses: the behaviour of a KPI whose survey table is empty.</summary>
    public static SurveySource Own { get; } = new(
        SurveyResponseColumns.EntityName, SurveyResponseColumns.Score, SurveyResponseColumns.RespondedOn, SurveyResponseColumns.CustomerId, isOwn: true);

    public string Table { get; }

    public string ScoreColumn { get; }

    public string DateColumn { get; }

    public string CustomerColumn { get; }

    public bool IsOwn { get; }

    /// <summary>A stable text naming the source, empty for <see cref="Own"/> (so KPIs reading it group as before).</summary>
    public string Key => IsOwn ? string.Empty : string.Join("|", Table, ScoreColumn, DateColumn, CustomerColumn);

    /// <summary>
    /// The KPI's configuration: <see cref="Own"/> when the table is empty, else the named table and columns. A table
    /// without all three columns (refused when the KPI is saved) is <see cref="Own"/> too only if the table is empty;
    /// otherwise it is kept as given and measured as nothing (see <see cref="IsComplete"/>).
    /// </summary>
    public static SurveySource Of(string? table, string? scoreColumn, string? dateColumn, string? customerColumn)
    {
        var name = Normal(table);
        if (name.Length == 0 || string.Equals(name, SurveyResponseColumns.EntityName, StringComparison.Ordinal) && Normal(scoreColumn).Length == 0)
        {
            return Own;
        }

        return new SurveySource(name, Normal(scoreColumn), Normal(dateColumn), Normal(customerColumn), isOwn: false);
    }

    /// <summary>Whether every column is named (always true for <see cref="Own"/>).</summary>
    public bool IsComplete => ScoreColumn.Length > 0 && DateColumn.Length > 0 && CustomerColumn.Length > 0;

    public static string Normal(string? name) => (name ?? string.Empty).Trim().ToLowerInvariant();
}
