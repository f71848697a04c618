using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Scenarios.Model;
using SalesPerf.Scenarios.Parsing;
using SalesPerf.Scenarios.Tests.Support;

namespace SalesPerf.Scenarios.Tests.Parsing;

/// <summary>Row values are converted by the column's metadata, one column type at a time.</summary>
public sealed class ValueConversionTests
{
    private static readonly ScenarioSchema Schema = TestSchema.WithSamples();

    [Fact]
    public void Money_Number_BecomesMoney() => Assert.Equal(20000.5m, Assert.IsType<Money>(Convert("spm_amount", "20000.5")).Value);

    [Fact]
    public void Decimal_Number_BecomesDecimal() => Assert.Equal(12.5m, Convert("spm_ratio", "12.5"));

    [Fact]
    public void Integer_WholeNumber_BecomesInt() => Assert.Equal(7, Convert("spm_count", "7"));

    [Fact]
    public void BigInt_WholeNumber_BecomesLong() => Assert.Equal(5000000000L, Convert("spm_big", "5000000000"));

    [Fact]
    public void Double_Number_BecomesDouble() => Assert.Equal(0.25d, Convert("spm_real", "0.25"));

    [Fact]
    public void Boolean_True_BecomesBool() => Assert.True(Assert.IsType<bool>(Convert("spm_flag", "true")));

    [Fact]
    public void String_Text_StaysText() => Assert.Equal("Acme", Convert("spm_name", "'Acme'"));

    [Fact]
    public void Choice_DeclaredOption_BecomesOptionSetValue() => Assert.Equal(100000001, Assert.IsType<OptionSetValue>(Convert("spm_kind", "100000001")).Value);

    [Fact]
    public void MultiChoice_Array_BecomesOptionSetValueCollection() =>
        Assert.Equal(new[] { 100000000, 100000001 }, Assert.IsType<OptionSetValueCollection>(Convert("spm_kinds", "[100000000, 100000001]")).Select(o => o.Value));

    [Fact]
    public void DateTime_DateOnlyText_BecomesUtcMidnight()
    {
        var value = Assert.IsType<DateTime>(Convert("spm_day", "'2026-02-10'"));

        Assert.Equal(new DateTime(2026, 2, 10, 0, 0, 0, DateTimeKind.Utc), value);
        Assert.Equal(DateTimeKind.Utc, value.Kind);
    }

    [Fact]
    public void DateTime_IsoWithOffset_BecomesUtc() =>
        Assert.Equal(new DateTime(2026, 2, 10, 0, 30, 0, DateTimeKind.Utc), Convert("spm_when", "'2026-02-10T08:30:00+08:00'"));

    [Fact]
    public void DateTime_IsoWithoutOffset_IsTakenAsUtc() =>
        Assert.Equal(new DateTime(2026, 2, 10, 8, 30, 0, DateTimeKind.Utc), Convert("spm_when", "'2026-02-10T08:30:00'"));

    [Fact]
    public void Lookup_KeyOfThisFile_BecomesKeyLookup() =>
        Assert.Equal(new KeyLookup("spm_period", "q1"), Convert("spm_periodid", "'spm_period:q1'"));

    [Fact]
    public void Lookup_ColumnValue_BecomesColumnLookupWithConvertedValue()
    {
        var lookup = Assert.IsType<ColumnLookup>(Convert("spm_periodid", "'spm_period[spm_code=FY2026-Q1]'"));

        Assert.Equal(("spm_period", "spm_code", (object)"FY2026-Q1"), (lookup.Table, lookup.Column, lookup.Value));
    }

    [Fact]
    public void Lookup_NumericColumnValue_IsConvertedByThatColumn() =>
        Assert.Equal(2026, Assert.IsType<ColumnLookup>(Convert("spm_periodid", "'spm_period[spm_fiscalyear=2026]'")).Value);

    [Fact]
    public void Lookup_Guid_BecomesIdLookup()
    {
        var id = Guid.NewGuid();

        Assert.Equal(new IdLookup("spm_period", id), Convert("spm_periodid", $"'spm_period:{id}'"));
    }

    [Fact]
    public void Owner_UserKey_BecomesKeyLookup() => Assert.Equal(new KeyLookup("systemuser", "alice"), Convert("ownerid", "'systemuser:alice'"));

    [Fact]
    public void UniqueIdentifier_Guid_BecomesGuid()
    {
        var id = Guid.NewGuid();

        Assert.Equal(id, Convert("spm_token", $"'{id}'"));
    }

    [Fact]
    public void AnyColumn_Null_StaysNull() => Assert.Null(Convert("spm_amount", "null"));

    [Theory]
    [InlineData("spm_amount", "'100'", "is not a number for Money column spm_sample.spm_amount")]
    [InlineData("spm_ratio", "true", "is not a number for Decimal column spm_sample.spm_ratio")]
    [InlineData("spm_count", "7.5", "is not a whole number for Integer column spm_sample.spm_count")]
    [InlineData("spm_count", "3000000000", "is not a whole number for Integer column spm_sample.spm_count")]
    [InlineData("spm_real", "'x'", "is not a number for Double column spm_sample.spm_real")]
    [InlineData("spm_flag", "'yes'", "is not true or false for Boolean column spm_sample.spm_flag")]
    [InlineData("spm_flag", "1", "is not true or false for Boolean column spm_sample.spm_flag")]
    [InlineData("spm_name", "5", "is not a string for String column spm_sample.spm_name")]
    [InlineData("spm_kind", "'100000001'", "is not an integer option value for Choice column spm_sample.spm_kind")]
    [InlineData("spm_kind", "7", "7 is not an option of Choice column spm_sample.spm_kind")]
    [InlineData("spm_day", "'10/02/2026'", "is not a date (YYYY-MM-DD) or an ISO date-time for DateTime column spm_sample.spm_day")]
    [InlineData("spm_periodid", "'spm_kpi:revenue'", "points to a spm_kpi, but Lookup column spm_sample.spm_periodid points to spm_period")]
    [InlineData("spm_periodid", "'FY2026-Q1'", "is not a lookup (table:key or table[column=value])")]
    [InlineData("spm_periodid", "'spm_period:ghost'", "the key 'ghost' is not declared in this file")]
    [InlineData("spm_periodid", "'spm_period:alice'", "the key 'alice' names a systemuser, not a spm_period")]
    [InlineData("spm_periodid", "'spm_period[spm_fiscalyear=soon]'", "is not a whole number for Integer column spm_period.spm_fiscalyear")]
    [InlineData("ownerid", "'account:acme'", "but Owner column spm_sample.ownerid points to systemuser or team")]
    [InlineData("spm_customerid", "'team:east'", "points to a team")]
    [InlineData("spm_token", "'not-a-guid'", "is not a GUID for UniqueIdentifier column spm_sample.spm_token")]
    public void Convert_ValueThatDoesNotFit_IsMalformedNamingTheColumn(string column, string value, string expected)
    {
        var error = Assert.Throws<ScenarioFormatException>(() => Convert(column, value));

        Assert.Equal($"$.steps[1].row.{column}", error.JsonPath);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static object? Convert(string column, string value)
    {
        var json = Json.Of(
            "{ 'name': 'conversion', 'users': [ { 'key': 'alice', 'name': 'A' } ], 'teams': [ { 'key': 'east', 'name': 'E' } ], 'steps': [ "
            + "{ 'op': 'create', 'table': 'spm_period', 'key': 'q1', 'row': {} }, "
            + $"{{ 'op': 'create', 'table': 'spm_sample', 'row': {{ '{column}': {value} }} }}, "
            + "{ 'op': 'create', 'table': 'spm_kpi', 'key': 'revenue', 'row': {} }, "
            + "{ 'op': 'create', 'table': 'account', 'key': 'acme', 'row': {} } ] }");
        var step = Assert.IsType<CreateStep>(ScenarioParser.Parse(json, Schema).Steps[1]);
        return step.Values[column];
    }
}
