using System;
using System.Linq;
using System.Reflection;
using Microsoft.Xrm.Sdk.Metadata;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.LocalOrg.Metadata;

/// <summary>
/// Turns the organisation's table and column definitions into the SDK's metadata objects, as RetrieveEntity and
/// RetrieveAttribute answer them: the typed subclass of each column (its constructor sets <c>AttributeType</c>), and the
/// values the platform fills that have no public setter (set here through their hidden setters, as the SDK's
/// deserializer does). Every call builds new objects: a caller changing them changes nothing in the organisation.
/// </summary>
internal static class MetadataAnswers
{
    public static EntityMetadata Entity(TableDefinition table, bool withAttributes)
    {
        var entity = new EntityMetadata { LogicalName = table.LogicalName, SchemaName = table.LogicalName, MetadataId = StableId("table:" + table.LogicalName) };
        Hidden(entity, nameof(EntityMetadata.PrimaryIdAttribute), table.PrimaryIdAttribute);
        Hidden(entity, nameof(EntityMetadata.PrimaryNameAttribute), table.PrimaryNameAttribute);
        Hidden(entity, nameof(EntityMetadata.IsCustomEntity), (bool?)table.IsCustom);

        // NOT VERIFIED: whether the platform answers null or an empty array when the Attributes filter is not asked for; null here.
        if (withAttributes)
        {
            Hidden(entity, nameof(EntityMetadata.Attributes), table.Columns.Select(c => Attribute(table, c)).ToArray());
        }

        return entity;
    }

    public static AttributeMetadata Attribute(TableDefinition table, ColumnDefinition column)
    {
        var attribute = Typed(column);
        attribute.LogicalName = column.LogicalName;
        attribute.SchemaName = column.LogicalName;
        attribute.MetadataId = StableId("column:" + table.LogicalName + "." + column.LogicalName);
        Hidden(attribute, nameof(AttributeMetadata.EntityLogicalName), table.LogicalName);
        Hidden(attribute, nameof(AttributeMetadata.IsCustomAttribute), (bool?)column.IsCustom);
        Hidden(attribute, nameof(AttributeMetadata.IsPrimaryId), (bool?)(column.Type == ColumnType.PrimaryKey));
        Hidden(attribute, nameof(AttributeMetadata.IsPrimaryName), (bool?)string.Equals(column.LogicalName, table.PrimaryNameAttribute, StringComparison.OrdinalIgnoreCase));
        Hidden(attribute, nameof(AttributeMetadata.IsValidForRead), (bool?)true);
        return attribute;
    }

    private static AttributeMetadata Typed(ColumnDefinition column) => column.Type switch
    {
        ColumnType.PrimaryKey or ColumnType.UniqueIdentifier => new UniqueIdentifierAttributeMetadata(),
        ColumnType.String => new StringAttributeMetadata(),
        ColumnType.Memo => new MemoAttributeMetadata(),
        ColumnType.Integer => new IntegerAttributeMetadata(),
        ColumnType.BigInt => new BigIntAttributeMetadata(),
        ColumnType.Decimal => new DecimalAttributeMetadata(),
        ColumnType.Double => new DoubleAttributeMetadata(),
        ColumnType.Money => new MoneyAttributeMetadata(),
        ColumnType.DateTime => new DateTimeAttributeMetadata(),
        ColumnType.Lookup => Lookup(AttributeTypeCode.Lookup, column),
        ColumnType.Owner => Lookup(AttributeTypeCode.Owner, column),
        ColumnType.Customer => Lookup(AttributeTypeCode.Customer, column),
        ColumnType.Boolean => Plain(AttributeTypeCode.Boolean),
        ColumnType.Choice => Plain(AttributeTypeCode.Picklist),
        ColumnType.MultiChoice => Plain(AttributeTypeCode.Virtual),
        ColumnType.State => Plain(AttributeTypeCode.State),
        ColumnType.Status => Plain(AttributeTypeCode.Status),
        ColumnType.EntityName => Plain(AttributeTypeCode.EntityName),
        _ => throw new NotSupportedException($"Column type {column.Type} has no metadata answer in the local organisation."),
    };

    /// <summary>Lookup, Owner and Customer columns are all <see cref="LookupAttributeMetadata"/>; the type code tells them apart.</summary>
    private static LookupAttributeMetadata Lookup(AttributeTypeCode type, ColumnDefinition column)
    {
        var lookup = new LookupAttributeMetadata { Targets = column.Targets.ToArray() };
        Hidden(lookup, nameof(AttributeMetadata.AttributeType), (AttributeTypeCode?)type);
        return lookup;
    }

    private static AttributeMetadata Plain(AttributeTypeCode type)
    {
        var attribute = new AttributeMetadata();
        Hidden(attribute, nameof(AttributeMetadata.AttributeType), (AttributeTypeCode?)type);
        return attribute;
    }

    private static void Hidden(object target, string property, object? value)
    {
        var info = target.GetType().GetProperty(property, BindingFlags.Instance | BindingFlags.Public)
            ?? throw new MissingMemberException(target.GetType().Name, property);
        var setter = info.GetSetMethod(nonPublic: true) ?? info.DeclaringType!.GetProperty(property)!.GetSetMethod(nonPublic: true)
            ?? throw new MissingMemberException(target.GetType().Name, property + " setter");
        setter.Invoke(target, [value]);
    }

    /// <summary>The same id for the same table or column in every organisation (a name-based id; the platform's own ids are not known here).</summary>
    private static Guid StableId(string name)
    {
        using var md5 = System.Security.Cryptography.MD5.Create();
        return new Guid(md5.ComputeHash(System.Text.Encoding.UTF8.GetBytes(name)));
    }
}
