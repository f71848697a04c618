using System;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.SolutionModel.Tests;

/// <summary>A malformed source file is rejected with a message naming the file and the JSON path.</summary>
public sealed class SourceValidationTests
{
    private const string Name = """{ "name": "spm_name", "type": "String", "label": { "en": "Name", "zh": "名称" }, "maxLength": 100 }""";

    [Fact]
    public void Load_ValidMinimalTable_Succeeds()
    {
        using var source = new TemporarySource().WithTable("spm_thing.json", Table(Name));
        var metadata = SolutionMetadata.Load(source.Root);
        var table = metadata.Table("spm_thing");
        Assert.Equal("spm_thingid", table.PrimaryIdAttribute);
        Assert.True(table.HasColumn("ownerid"));
        Assert.Equal(new Label("Thing", "物品"), table.DisplayName);
    }

    [Fact]
    public void Load_UnknownColumnType_NamesFileAndPath()
    {
        var bad = """{ "name": "spm_size", "type": "Number", "label": { "en": "Size", "zh": "大小" } }""";
        var error = Reject(Table(Name, bad));
        Assert.Equal("$.columns[1].type", error.JsonPath);
        Assert.Contains("unknown ColumnType 'Number'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ChoiceValueWithoutPrefix_NamesFileAndPath()
    {
        var bad = """
            { "name": "spm_kind", "type": "Choice", "label": { "en": "Kind", "zh": "类型" },
              "options": [ { "value": 100000000, "name": "A", "label": { "en": "A", "zh": "甲" } },
                           { "value": 2, "name": "B", "label": { "en": "B", "zh": "乙" } } ] }
            """;
        var error = Reject(Table(Name, bad));
        Assert.Equal("$.columns[1].options[1].value", error.JsonPath);
        Assert.Contains("100000000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicateColumn_NamesFileAndPath()
    {
        var error = Reject(Table(Name, Name));
        Assert.Equal("$.columns[1].name", error.JsonPath);
        Assert.Contains("duplicate column name 'spm_name'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DeclaredImpliedColumn_IsRejectedAsDuplicate()
    {
        var bad = """{ "name": "spm_thingid", "type": "UniqueIdentifier", "label": { "en": "Id", "zh": "标识" } }""";
        var error = Reject(Table(Name, bad));
        Assert.Equal("$.columns[1].name", error.JsonPath);
        Assert.Contains("implies", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_LookupToUnknownTable_NamesFileAndPath()
    {
        var bad = """{ "name": "spm_otherid", "type": "Lookup", "label": { "en": "Other", "zh": "其他" }, "targets": [ "spm_missing" ] }""";
        var error = Reject(Table(Name, bad));
        Assert.Equal("$.columns[1].targets[0]", error.JsonPath);
        Assert.Contains("spm_missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CustomColumnWithoutPrefix_NamesFileAndPath()
    {
        var bad = """{ "name": "size", "type": "Integer", "label": { "en": "Size", "zh": "大小" } }""";
        var error = Reject(Table(Name, bad));
        Assert.Equal("$.columns[1].name", error.JsonPath);
        Assert.Contains("spm_", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CustomTableWithoutPrefix_NamesFileAndPath()
    {
        using var source = new TemporarySource().WithTable("thing.json", Table(Name).Replace("spm_thing", "thing", StringComparison.Ordinal));
        var error = Assert.Throws<SolutionSourceException>(() => SolutionMetadata.Load(source.Root));
        Assert.Equal("Tables/thing.json", error.FilePath);
        Assert.Equal("$.logicalName", error.JsonPath);
    }

    [Fact]
    public void Load_LabelWithoutChinese_NamesFileAndPath()
    {
        var bad = """{ "name": "spm_size", "type": "Integer", "label": { "en": "Size" } }""";
        var error = Reject(Table(Name, bad));
        Assert.Equal("$.columns[1].label.zh", error.JsonPath);
        Assert.Contains("Chinese", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OptionLabelWithoutEnglish_NamesFileAndPath()
    {
        var bad = """
            { "name": "spm_kind", "type": "Choice", "label": { "en": "Kind", "zh": "类型" },
              "options": [ { "value": 100000000, "name": "A", "label": { "zh": "甲" } } ] }
            """;
        var error = Reject(Table(Name, bad));
        Assert.Equal("$.columns[1].options[0].label.en", error.JsonPath);
    }

    [Fact]
    public void Load_TableLabelWithEmptyChinese_NamesFileAndPath()
    {
        var error = Reject(Table(Name).Replace("\"物品\"", "\" \"", StringComparison.Ordinal));
        Assert.Equal("$.displayName.zh", error.JsonPath);
    }

    [Fact]
    public void Load_UnknownProperty_NamesFileAndPath()
    {
        var bad = """{ "name": "spm_size", "type": "Integer", "label": { "en": "Size", "zh": "大小" }, "maxlength": 5 }""";
        var error = Reject(Table(Name, bad));
        Assert.Equal("$.columns[1].maxlength", error.JsonPath);
    }

    [Fact]
    public void Load_InvalidJson_NamesFile()
    {
        var error = Reject(Table(Name) + "}");
        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DefaultStatusOutsideItsState_NamesFileAndPath()
    {
        var states = """
            "states": [
              { "value": 0, "name": "Active", "label": { "en": "Active", "zh": "活动" }, "defaultStatus": 2,
                "statuses": [ { "value": 1, "name": "Active", "label": { "en": "Active", "zh": "活动" } } ] },
              { "value": 1, "name": "Inactive", "label": { "en": "Inactive", "zh": "停用" }, "defaultStatus": 2,
                "statuses": [ { "value": 2, "name": "Inactive", "label": { "en": "Inactive", "zh": "停用" } } ] } ],
            """;
        var error = Reject(Table(Name).Replace("\"columns\"", states + "\"columns\"", StringComparison.Ordinal));
        Assert.Equal("$.states[0].defaultStatus", error.JsonPath);
    }

    [Fact]
    public void Load_DefaultOutsideRange_NamesFileAndPath()
    {
        var bad = """{ "name": "spm_size", "type": "Integer", "label": { "en": "Size", "zh": "大小" }, "min": 1, "max": 5, "default": 9 }""";
        var error = Reject(Table(Name, bad));
        Assert.Equal("$.columns[1].default", error.JsonPath);
    }

    [Fact]
    public void Load_FileNameNotTheLogicalName_NamesFileAndPath()
    {
        using var source = new TemporarySource().WithTable("spm_other.json", Table(Name));
        var error = Assert.Throws<SolutionSourceException>(() => SolutionMetadata.Load(source.Root));
        Assert.Equal("Tables/spm_other.json", error.FilePath);
        Assert.Equal("$.logicalName", error.JsonPath);
    }

    [Fact]
    public void Load_CustomTableInSystemFolder_NamesFileAndPath()
    {
        using var source = new TemporarySource().WithSystemTable("spm_thing.json", Table(Name));
        var error = Assert.Throws<SolutionSourceException>(() => SolutionMetadata.Load(source.Root));
        Assert.Equal("SystemTables/spm_thing.json", error.FilePath);
        Assert.Contains("publisher prefix", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ComputedSystemColumn_NamesFileAndPath()
    {
        var system = """
            { "logicalName": "gadget", "isCustom": false, "displayName": { "en": "Gadget", "zh": "小工具" },
              "pluralName": { "en": "Gadgets", "zh": "小工具" }, "primaryName": "name",
              "columns": [ { "name": "name", "type": "String", "label": { "en": "Name", "zh": "名称" }, "computed": true } ] }
            """;
        using var source = new TemporarySource().WithSystemTable("gadget.json", system);
        var error = Assert.Throws<SolutionSourceException>(() => SolutionMetadata.Load(source.Root));
        Assert.Equal("SystemTables/gadget.json", error.FilePath);
        Assert.Equal("$.columns[0].computed", error.JsonPath);
    }

    [Fact]
    public void Load_SystemTableRestatingImpliedColumn_KeepsTheStatedOne()
    {
        var system = """
            { "logicalName": "gadget", "isCustom": false, "displayName": { "en": "Gadget", "zh": "小工具" },
              "pluralName": { "en": "Gadgets", "zh": "小工具" }, "primaryName": "name",
              "columns": [
                { "name": "name", "type": "String", "label": { "en": "Name", "zh": "名称" } },
                { "name": "price", "type": "Money", "label": { "en": "Price", "zh": "价格" } },
                { "name": "transactioncurrencyid", "type": "Lookup", "label": { "en": "Currency", "zh": "货币" },
                  "required": "ApplicationRequired", "targets": [ "gadget" ] } ] }
            """;
        using var source = new TemporarySource().WithSystemTable("gadget.json", system);
        var gadget = SolutionMetadata.Load(source.Root).Table("gadget");
        Assert.Equal(RequiredLevel.ApplicationRequired, gadget.FindColumn("transactioncurrencyid")!.Required);
        Assert.True(gadget.FindColumn("price_base")!.IsBaseCurrencyCompanion);
        Assert.False(gadget.FindColumn("price")!.IsCustom);
    }

    [Fact]
    public void Load_HierarchicalLookupToTheTableItself_IsTheTablesHierarchicalRelationship()
    {
        using var source = new TemporarySource().WithTable("spm_thing.json", Table(Name, Parent("spm_parentid", "spm_thing")));
        var table = SolutionMetadata.Load(source.Root).Table("spm_thing");
        Assert.True(table.FindColumn("spm_parentid")!.IsHierarchical);
        Assert.False(table.FindColumn("ownerid")!.IsHierarchical);
    }

    [Fact]
    public void Load_HierarchicalLookupToAnotherTable_IsRejected()
    {
        var error = Reject(Table(Name, Parent("spm_userid", "systemuser")));
        Assert.Equal("$.columns", error.JsonPath);
        Assert.Contains("the lookup 'spm_userid' is 'hierarchical' but points to systemuser; only a lookup to the table itself (spm_thing) can be hierarchical", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TwoHierarchicalLookups_AreRejected()
    {
        var error = Reject(Table(Name, Parent("spm_parentid", "spm_thing"), Parent("spm_otherparentid", "spm_thing")));
        Assert.Contains("2 lookups are 'hierarchical' (spm_parentid, spm_otherparentid); a table has at most one hierarchical relationship", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_HierarchicalOnAChoice_IsRejected()
    {
        var bad = """{ "name": "spm_size", "type": "Integer", "label": { "en": "Size", "zh": "大小" }, "hierarchical": true }""";
        var error = Reject(Table(Name, bad));
        Assert.Contains("hierarchical", error.Message, StringComparison.Ordinal);
    }

    private static string Parent(string name, string target) =>
        $$"""{ "name": "{{name}}", "type": "Lookup", "label": { "en": "Parent", "zh": "上级" }, "targets": ["{{target}}"], "hierarchical": true }""";

    private static SolutionSourceException Reject(string json)
    {
        using var source = new TemporarySource().WithTable("spm_thing.json", json);
        var error = Assert.Throws<SolutionSourceException>(() => SolutionMetadata.Load(source.Root));
        Assert.Equal("Tables/spm_thing.json", error.FilePath);
        Assert.StartsWith("Tables/spm_thing.json $", error.Message, StringComparison.Ordinal);
        return error;
    }

    private static string Table(params string[] columns) => $$"""
        {
          "logicalName": "spm_thing",
          "displayName": { "en": "Thing", "zh": "物品" },
          "pluralName": { "en": "Things", "zh": "物品" },
          "primaryName": "spm_name",
          "columns": [ {{string.Join(",\n", columns)}} ]
        }
        """;
}
