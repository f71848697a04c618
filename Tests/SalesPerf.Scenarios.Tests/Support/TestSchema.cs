using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.Plugins.Registration;
using SalesPerf.Scenarios;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Scenarios.Tests.Support;

/// <summary>The repository's schema (read once per test run), and a schema with a synthetic table that has every column type.</summary>
internal static class TestSchema
{
    private static readonly Lazy<ScenarioSchema> Repository = new(() => ScenarioSchema.FromRepository(AppContext.BaseDirectory));

    public static ScenarioSchema Solution => Repository.Value;

    public static ScenarioRunOptions Options => new() { Schema = Solution };

    /// <summary>The solution's tables plus <c>spm_sample</c> and a custom API <c>spm_Sample</c> with one parameter of each type.</summary>
    public static ScenarioSchema WithSamples() => new(
        Solution.Tables.Append(SampleTable()),
        Solution.CustomApis.Append(SampleApi()));

    public static TableDefinition SampleTable() => new()
    {
        LogicalName = "spm_sample",
        DisplayName = new Label("Sample", "样例"),
        PluralName = new Label("Samples", "样例"),
        PrimaryIdAttribute = "spm_sampleid",
        PrimaryNameAttribute = "spm_name",
        IsCustom = true,
        Columns =
        [
            Column("spm_sampleid", ColumnType.PrimaryKey),
            Column("spm_name", ColumnType.String),
            Column("spm_notes", ColumnType.Memo),
            Column("spm_count", ColumnType.Integer),
            Column("spm_big", ColumnType.BigInt),
            Column("spm_ratio", ColumnType.Decimal),
            Column("spm_real", ColumnType.Double),
            Column("spm_amount", ColumnType.Money),
            Column("spm_flag", ColumnType.Boolean),
            Column("spm_when", ColumnType.DateTime) with { DateBehavior = DateTimeBehavior.UserLocal },
            Column("spm_day", ColumnType.DateTime) with { DateBehavior = DateTimeBehavior.DateOnly },
            Column("spm_kind", ColumnType.Choice) with { Options = [Option(100000000, "First"), Option(100000001, "Second")] },
            Column("spm_kinds", ColumnType.MultiChoice) with { Options = [Option(100000000, "First"), Option(100000001, "Second")] },
            Column("spm_periodid", ColumnType.Lookup) with { Targets = ["spm_period"] },
            Column("ownerid", ColumnType.Owner),
            Column("spm_customerid", ColumnType.Customer) with { Targets = ["account", "contact"] },
            Column("spm_token", ColumnType.UniqueIdentifier),
        ],
    };

    public static CustomApiRegistration SampleApi()
    {
        IReadOnlyList<CustomApiParameter> parameters =
        [
            new("Flag", CustomApiParameterType.Boolean, true, ""),
            new("When", CustomApiParameterType.DateTime, true, ""),
            new("Amount", CustomApiParameterType.Decimal, true, ""),
            new("Target", CustomApiParameterType.EntityReference, true, "") { LogicalEntityName = "spm_target" },
            new("Owner", CustomApiParameterType.EntityReference, true, ""),
            new("Count", CustomApiParameterType.Integer, true, ""),
            new("Pay", CustomApiParameterType.Money, true, ""),
            new("Kind", CustomApiParameterType.Picklist, true, ""),
            new("Text", CustomApiParameterType.String, true, ""),
            new("Names", CustomApiParameterType.StringArray, true, ""),
            new("Row", CustomApiParameterType.Entity, true, "") { LogicalEntityName = "account" },
        ];
        return new CustomApiRegistration("spm_Sample", typeof(TestSchema), false, parameters, []);
    }

    private static ColumnDefinition Column(string name, ColumnType type) =>
        new() { LogicalName = name, Type = type, DisplayName = new Label(name, name), IsCustom = name.StartsWith("spm_", StringComparison.Ordinal) };

    private static ChoiceOption Option(int value, string name) => new(value, name, new Label(name, name));
}
