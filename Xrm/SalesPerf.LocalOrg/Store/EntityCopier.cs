using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.LocalOrg.Store;

/// <summary>Deep copies at every boundary of the organisation (section 8.1): nothing a caller holds is ever shared.</summary>
internal static class EntityCopier
{
    public static Entity Copy(Entity source)
    {
        var copy = new Entity(source.LogicalName, source.Id)
        {
            RowVersion = source.RowVersion,
            EntityState = source.EntityState,
        };
        foreach (var attribute in source.Attributes)
        {
            copy.Attributes[attribute.Key] = CopyValue(attribute.Value);
        }

        foreach (var formatted in source.FormattedValues)
        {
            copy.FormattedValues[formatted.Key] = formatted.Value;
        }

        foreach (var key in source.KeyAttributes)
        {
            copy.KeyAttributes[key.Key] = CopyValue(key.Value);
        }

        foreach (var related in source.RelatedEntities)
        {
            copy.RelatedEntities[related.Key] = CopyCollection(related.Value);
        }

        return copy;
    }

    public static EntityReference Copy(EntityReference source)
    {
        var copy = new EntityReference(source.LogicalName, source.Id) { Name = source.Name, RowVersion = source.RowVersion };
        foreach (var key in source.KeyAttributes)
        {
            copy.KeyAttributes[key.Key] = CopyValue(key.Value);
        }

        return copy;
    }

    public static EntityCollection CopyCollection(EntityCollection source)
    {
        var copy = new EntityCollection(source.Entities.Select(Copy).ToList())
        {
            EntityName = source.EntityName,
            MoreRecords = source.MoreRecords,
            PagingCookie = source.PagingCookie,
            TotalRecordCount = source.TotalRecordCount,
            TotalRecordCountLimitExceeded = source.TotalRecordCountLimitExceeded,
            MinActiveRowVersion = source.MinActiveRowVersion,
        };
        return copy;
    }

    public static ParameterCollection CopyParameters(ParameterCollection source)
    {
        var copy = new ParameterCollection();
        foreach (var parameter in source)
        {
            copy[parameter.Key] = CopyValue(parameter.Value);
        }

        return copy;
    }

    public static object? CopyValue(object? value) => value switch
    {
        null => null,
        Entity entity => Copy(entity),
        EntityReference reference => Copy(reference),
        Money money => new Money(money.Value),
        OptionSetValue option => new OptionSetValue(option.Value),
        OptionSetValueCollection options => new OptionSetValueCollection(options.Select(o => new OptionSetValue(o.Value)).ToList()),
        AliasedValue aliased => new AliasedValue(aliased.EntityLogicalName, aliased.AttributeLogicalName, CopyValue(aliased.Value)),
        EntityCollection collection => CopyCollection(collection),
        EntityReferenceCollection references => new EntityReferenceCollection(references.Select(Copy).ToList()),
        Relationship relationship => new Relationship(relationship.SchemaName) { PrimaryEntityRole = relationship.PrimaryEntityRole },
        ParameterCollection parameters => CopyParameters(parameters),
        ICloneable cloneable when value is not string => cloneable.Clone(),
        _ => value,
    };

    public static IReadOnlyList<Entity> CopyAll(IEnumerable<Entity> rows) => rows.Select(Copy).ToList();
}
