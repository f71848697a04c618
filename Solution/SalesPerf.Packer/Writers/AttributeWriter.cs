using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Packaging;
using SalesPerf.Packer.Sources;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Writers;

/// <summary>One <c>attribute</c> of <c>EntityInfo/entity/attributes</c>: common elements in export order, then the type's own (solution-format 4.2, 4.3).</summary>
public static class AttributeWriter
{
    /// <summary>Columns the platform maintains but a real export does not list.</summary>
    public static bool IsExported(ColumnDefinition column) =>
        column is not { LogicalName: "versionnumber" } && column.Type != ColumnType.EntityName;

    public static XElement Write(TableDefinition table, ColumnDefinition column)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(column);
        var profile = AttributeProfiles.For(table, column);
        var attribute = new XElement("attribute", new XAttribute("PhysicalName", SchemaNames.Column(table, column)));
        attribute.Add(Common(column, profile));
        attribute.Add(TypeSpecific(table, column, profile));
        attribute.Add(LabelXml.Collection("displaynames", "displayname", column.DisplayName));
        attribute.Add(LabelXml.Collection("Descriptions", "Description", column.Description));
        return attribute;
    }

    public static string TypeName(ColumnType type) => type switch
    {
        ColumnType.PrimaryKey => "primarykey",
        ColumnType.String => "nvarchar",
        ColumnType.Memo => "ntext",
        ColumnType.Integer => "int",
        ColumnType.BigInt => "bigint",
        ColumnType.Decimal => "decimal",
        ColumnType.Double => "float",
        ColumnType.Money => "money",
        ColumnType.Boolean => "bit",
        ColumnType.DateTime => "datetime",
        ColumnType.Choice => "picklist",
        ColumnType.MultiChoice => "multiselectpicklist",
        ColumnType.Lookup => "lookup",
        ColumnType.Owner => "owner",
        ColumnType.Customer => "customer",
        ColumnType.State => "state",
        ColumnType.Status => "status",
        ColumnType.UniqueIdentifier => "uniqueidentifier",
        _ => throw new PackException($"Columns of type {type} cannot be packed."),
    };

    private static IEnumerable<XElement> Common(ColumnDefinition column, AttributeProfile profile)
    {
        yield return new XElement("Type", TypeName(column.Type));
        yield return new XElement("Name", column.LogicalName);
        yield return new XElement("LogicalName", column.LogicalName);
        yield return new XElement("RequiredLevel", profile.RequiredLevel ?? RequiredLevelText(column.Required));
        if (profile.DisplayMask is not null)
        {
            yield return new XElement("DisplayMask", profile.DisplayMask);
        }

        if (profile.ImeMode is not null)
        {
            yield return new XElement("ImeMode", profile.ImeMode);
        }

        yield return new XElement("ValidForUpdateApi", ExportXml.Flag(column.IsValidForUpdate));
        yield return new XElement("ValidForReadApi", ExportXml.Flag(column.IsValidForRead));
        yield return new XElement("ValidForCreateApi", ExportXml.Flag(column.IsValidForCreate));
        yield return new XElement("IsCustomField", ExportXml.Flag(profile.IsCustomField));
        yield return new XElement("IsAuditEnabled", ExportXml.Flag(profile.IsAuditEnabled));
        if (profile.IsLogical)
        {
            yield return new XElement("IsLogical", "1");
        }

        yield return new XElement("IsSecured", "0");
        yield return new XElement("IntroducedVersion", PackContext.IntroducedVersion);
        yield return new XElement("IsCustomizable", "1");
        yield return new XElement("IsRenameable", "1");
        yield return new XElement("CanModifySearchSettings", "1");
        yield return new XElement("CanModifyRequirementLevelSettings", ExportXml.Flag(profile.CanModifyRequirementLevelSettings));
        yield return new XElement("CanModifyAdditionalSettings", "1");
        yield return new XElement("SourceType", "0");
        yield return new XElement("IsGlobalFilterEnabled", "0");
        yield return new XElement("IsSortableEnabled", "0");
        yield return new XElement("CanModifyGlobalFilterSettings", "1");
        yield return new XElement("CanModifyIsSortableSettings", "1");
        yield return new XElement("IsDataSourceSecret", "0");
        yield return ExportXml.EmptyText("AutoNumberFormat");
        yield return new XElement("IsSearchable", ExportXml.Flag(profile.IsSearchable));
        yield return new XElement("IsFilterable", ExportXml.Flag(profile.IsFilterable));
        yield return new XElement("IsRetrievable", ExportXml.Flag(profile.IsRetrievable));
        yield return new XElement("IsLocalizable", "0");
    }

    private static IEnumerable<XElement> TypeSpecific(TableDefinition table, ColumnDefinition column, AttributeProfile profile)
    {
        switch (column.Type)
        {
            case ColumnType.String:
                var length = column.MaxLength ?? 100;
                yield return new XElement("Format", profile.Format ?? column.Format ?? "text");
                yield return new XElement("MaxLength", Number(length));
                yield return new XElement("Length", Number(length * 2));
                break;
            case ColumnType.Memo:
                yield return new XElement("Format", profile.Format ?? column.Format ?? "text");
                yield return new XElement("MaxLength", Number(column.MaxLength ?? 2000));
                break;
            case ColumnType.Integer:
                yield return new XElement("Format", profile.Format ?? column.Format ?? "none");
                yield return Range("MinValue", column.MinValue, int.MinValue, profile.MinValue);
                yield return Range("MaxValue", column.MaxValue, int.MaxValue, null);
                break;
            case ColumnType.BigInt:
                yield return Range("MinValue", column.MinValue, long.MinValue, profile.MinValue);
                yield return Range("MaxValue", column.MaxValue, long.MaxValue, null);
                break;
            case ColumnType.Decimal:
            case ColumnType.Double:
                yield return Range("MinValue", column.MinValue, -100_000_000_000m, profile.MinValue);
                yield return Range("MaxValue", column.MaxValue, 100_000_000_000m, null);
                yield return new XElement("Accuracy", Number(profile.Accuracy ?? column.Precision ?? 2));
                break;
            case ColumnType.Money:
                yield return Range("MinValue", column.MinValue, -922_337_203_685_477m, profile.MinValue);
                yield return Range("MaxValue", column.MaxValue, 922_337_203_685_477m, null);
                yield return new XElement("Accuracy", Number(column.Precision ?? 2));
                yield return new XElement("AccuracySource", "2");
                if (column.IsBaseCurrencyCompanion && column.BaseCurrencyOf is not null)
                {
                    var money = table.FindColumn(column.BaseCurrencyOf)
                        ?? throw new PackException($"{table.LogicalName}.{column.LogicalName} converts the unknown column {column.BaseCurrencyOf}.");
                    yield return new XElement("CalculationOf", SchemaNames.Column(table, money));
                }

                break;
            case ColumnType.DateTime:
                var behavior = column.DateBehavior ?? DateTimeBehavior.UserLocal;
                yield return new XElement("Format", profile.Format ?? column.Format ?? (behavior == DateTimeBehavior.DateOnly ? "date" : "datetime"));
                yield return new XElement("CanChangeDateTimeBehavior", ExportXml.Flag(profile.CanChangeDateTimeBehavior));
                yield return new XElement("Behavior", BehaviorCode(behavior));
                break;
            case ColumnType.Boolean:
                yield return new XElement("AppDefaultValue", Number((int)(column.DefaultValue ?? 0)));
                yield return OptionSetWriter.Boolean(table, column);
                break;
            case ColumnType.Choice:
            case ColumnType.MultiChoice:
                yield return new XElement("AppDefaultValue", Number((int)(column.DefaultValue ?? -1)));
                yield return OptionSetWriter.Choice(table, column);
                break;
            case ColumnType.Lookup:
            case ColumnType.Customer:
                yield return new XElement("LookupStyle", "single");
                yield return new XElement("LookupTypes");
                break;
            case ColumnType.Owner:
                yield return new XElement("LookupStyle", "single");
                yield return new XElement("LookupTypes", LookupType(8), LookupType(9));
                break;
            case ColumnType.State:
                yield return OptionSetWriter.State(table, column);
                break;
            case ColumnType.Status:
                yield return OptionSetWriter.Status(table, column);
                break;
        }
    }

    private static XElement LookupType(int objectTypeCode) =>
        new("LookupType", new XAttribute("id", Guid.Empty.ToString("D")), Number(objectTypeCode));

    private static XElement Range(string name, decimal? value, decimal fallback, string? exportText) =>
        new(name, exportText ?? Number(value ?? fallback));

    // "G29" keeps integers integral and writes 1E-10 as the export does; the invariant culture keeps '.' everywhere.
    public static string Number(decimal value) => value.ToString("G29", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string BehaviorCode(DateTimeBehavior behavior) => behavior switch
    {
        DateTimeBehavior.UserLocal => "1",
        DateTimeBehavior.DateOnly => "2",
        DateTimeBehavior.TimeZoneIndependent => "3",
        _ => throw new PackException($"Unknown date behaviour {behavior}."),
    };

    private static string RequiredLevelText(RequiredLevel level) => level switch
    {
        RequiredLevel.None => "none",
        RequiredLevel.Recommended => "recommended",
        RequiredLevel.ApplicationRequired => "required",
        RequiredLevel.SystemRequired => "systemrequired",
        _ => throw new PackException($"Unknown required level {level}."),
    };

    /// <summary>The exported attributes of <paramref name="table"/>, ordered by logical name as exports order them.</summary>
    public static IEnumerable<ColumnDefinition> ExportedColumns(TableDefinition table, bool onlyCustom) =>
        table.Columns.Where(c => IsExported(c) && (!onlyCustom || c.IsCustom)).OrderBy(c => c.LogicalName, StringComparer.Ordinal);
}
