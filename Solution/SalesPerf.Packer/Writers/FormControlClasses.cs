using System;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Writers;

/// <summary>
/// The form control class ids (solution-format 5, observed per column type in Apollo-U's forms). Class ids are
/// case-insensitive; exports mix cases, the packer writes upper case.
/// </summary>
public static class FormControlClasses
{
    public const string Text = "{4273EDBD-AC1D-40D3-9FB2-095C621B552D}";
    public const string Email = "{ADA2203E-B4CD-49BE-9DDF-234642B43B52}";
    public const string Memo = "{E0DECE4B-6FC8-4A8F-A065-082708572369}";
    public const string WholeNumber = "{C6D124CA-7EDA-4A60-AEA9-7FB8D318B68F}";
    public const string DecimalNumber = "{C3EFE0C3-0EC6-42BE-8349-CBD9079DFD8E}";
    public const string Money = "{533B9E00-756B-4312-95A0-DC888637AC78}";
    public const string DateTime = "{5B773807-9FB2-42DB-97C3-7A91EFF8ADFF}";
    public const string Lookup = "{270BD3DB-D9AF-4782-9025-509E298DEC0A}";
    public const string Choice = "{3EF39988-22BB-4F0B-BBBE-64B5A3748AEE}";
    public const string CheckBox = "{67FAC785-CD58-4F9F-ABB3-4B7DDC6ED5ED}";
    public const string MultiChoice = "{4AA28AB7-9C13-4F57-A73D-AD894D048B5F}";
    public const string SubGrid = "{E7A81278-8635-4D9E-8D4D-59480B391C5B}";

    /// <summary>
    /// The web resource control. Seen in form XML of several public repositories written for live organisations, not in
    /// the reference exports: NOT CONFIRMED in an export (docs/packaging.md "Forms").
    /// </summary>
    public const string WebResource = "{9FDF5F91-88B1-47F4-AD53-C11EFC01A01D}";

    /// <summary>The control for a column, or null when no class id is confirmed for its type (BigInt, Double, ...).</summary>
    public static string? For(ColumnDefinition column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return column.Type switch
        {
            ColumnType.String when string.Equals(column.Format, "email", StringComparison.Ordinal) => Email,
            ColumnType.String => Text,
            ColumnType.Memo => Memo,
            ColumnType.Integer => WholeNumber,
            ColumnType.Decimal => DecimalNumber,
            ColumnType.Money => Money,
            ColumnType.DateTime => DateTime,
            ColumnType.Lookup or ColumnType.Owner or ColumnType.Customer => Lookup,
            ColumnType.Choice or ColumnType.State or ColumnType.Status => Choice,
            ColumnType.Boolean => CheckBox,
            ColumnType.MultiChoice => MultiChoice,
            _ => null,
        };
    }
}
