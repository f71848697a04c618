using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

public class Entity : IExtensibleDataObject
{
    private AttributeCollection _attributes;
    private FormattedValueCollection _formattedValues;
    private RelatedEntityCollection _relatedEntities;
    private KeyAttributeCollection _keyAttributes;

    public Entity()
        : this(null)
    {
    }

    public Entity(string entityName)
    {
        LogicalName = entityName;
    }

    public Entity(string entityName, Guid id)
        : this(entityName)
    {
        Id = id;
    }

    public Entity(string entityName, string keyName, object keyValue)
        : this(entityName)
    {
        KeyAttributes[keyName] = keyValue;
    }

    public Entity(string entityName, KeyAttributeCollection keyAttributes)
        : this(entityName)
    {
        KeyAttributes = keyAttributes;
    }

    public string LogicalName { get; set; }

    public virtual Guid Id { get; set; }

    public AttributeCollection Attributes
    {
        get => _attributes ??= new AttributeCollection();
        set => _attributes = value;
    }

    public EntityState? EntityState { get; set; }

    public FormattedValueCollection FormattedValues
    {
        get => _formattedValues ??= new FormattedValueCollection();
        set => _formattedValues = value;
    }

    public RelatedEntityCollection RelatedEntities
    {
        get => _relatedEntities ??= new RelatedEntityCollection();
        set => _relatedEntities = value;
    }

    public KeyAttributeCollection KeyAttributes
    {
        get => _keyAttributes ??= new KeyAttributeCollection();
        set => _keyAttributes = value;
    }

    public string RowVersion { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }

    // Missing attributes throw KeyNotFoundException, as in the real SDK.
    public object this[string attributeName]
    {
        get => Attributes[attributeName];
        set => Attributes[attributeName] = value;
    }

    public bool Contains(string attributeName) => Attributes.Contains(attributeName);

    public virtual T GetAttributeValue<T>(string attributeLogicalName)
    {
        if (!Attributes.TryGetValue(attributeLogicalName, out object value) || value == null)
        {
            return default(T);
        }

        return (T)value;
    }

    public bool TryGetAttributeValue<T>(string attributeKey, out T result)
    {
        if (Attributes.TryGetValue(attributeKey, out object value) && value is T typed)
        {
            result = typed;
            return true;
        }

        result = default(T);
        return false;
    }

    public EntityReference ToEntityReference()
    {
        if (string.IsNullOrWhiteSpace(LogicalName))
        {
            throw new NotSupportedException("LogicalName must be set before calling ToEntityReference() on an Entity.");
        }

        var reference = new EntityReference(LogicalName, Id) { RowVersion = RowVersion };
        if (_keyAttributes != null && _keyAttributes.Count > 0)
        {
            reference.KeyAttributes = _keyAttributes;
        }

        return reference;
    }

    public T ToEntity<T>()
        where T : Entity
    {
        if (typeof(T) == typeof(Entity))
        {
            var copy = new Entity();
            ShallowCopyTo(copy);
            return (T)copy;
        }

        T target = Activator.CreateInstance<T>();
        if (!string.IsNullOrEmpty(target.LogicalName) && !string.IsNullOrEmpty(LogicalName)
            && !string.Equals(target.LogicalName, LogicalName, StringComparison.Ordinal))
        {
            throw new NotSupportedException(
                "Cannot convert entity '" + LogicalName + "' to type " + typeof(T).FullName + " whose logical name is '" + target.LogicalName + "'.");
        }

        ShallowCopyTo(target);
        return target;
    }

    protected virtual void SetAttributeValue(string attributeLogicalName, object value)
    {
        Attributes[attributeLogicalName] = value;
    }

    protected virtual string GetFormattedAttributeValue(string attributeLogicalName)
    {
        return FormattedValues.TryGetValue(attributeLogicalName, out string value) ? value : null;
    }

    protected virtual TEntity GetRelatedEntity<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole)
        where TEntity : Entity
    {
        EntityCollection collection = GetRelatedCollection(relationshipSchemaName, primaryEntityRole);
        return collection == null || collection.Entities.Count == 0 ? null : collection.Entities[0].ToEntity<TEntity>();
    }

    protected virtual IEnumerable<TEntity> GetRelatedEntities<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole)
        where TEntity : Entity
    {
        EntityCollection collection = GetRelatedCollection(relationshipSchemaName, primaryEntityRole);
        return collection?.Entities.Select(e => e.ToEntity<TEntity>()).ToList();
    }

    protected virtual void SetRelatedEntity<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole, TEntity entity)
        where TEntity : Entity
    {
        SetRelatedEntities(relationshipSchemaName, primaryEntityRole, entity == null ? null : new[] { entity });
    }

    protected virtual void SetRelatedEntities<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole, IEnumerable<TEntity> entities)
        where TEntity : Entity
    {
        var relationship = new Relationship(relationshipSchemaName) { PrimaryEntityRole = primaryEntityRole };
        if (entities == null)
        {
            RelatedEntities.Remove(relationship);
            return;
        }

        var collection = new EntityCollection(entities.Cast<Entity>().ToList());
        collection.EntityName = collection.Entities.Count > 0 ? collection.Entities[0].LogicalName : null;
        RelatedEntities[relationship] = collection;
    }

    private EntityCollection GetRelatedCollection(string relationshipSchemaName, EntityRole? primaryEntityRole)
    {
        var relationship = new Relationship(relationshipSchemaName) { PrimaryEntityRole = primaryEntityRole };
        return RelatedEntities.TryGetValue(relationship, out EntityCollection collection) ? collection : null;
    }

    private void ShallowCopyTo(Entity target)
    {
        target.LogicalName = LogicalName;
        target.Id = Id;
        target.Attributes = Attributes;
        target.FormattedValues = FormattedValues;
        target.RelatedEntities = RelatedEntities;
        target.KeyAttributes = KeyAttributes;
        target.EntityState = EntityState;
        target.RowVersion = RowVersion;
        target.ExtensionData = ExtensionData;
    }
}
