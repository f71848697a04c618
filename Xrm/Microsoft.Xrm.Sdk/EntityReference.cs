using System;
using System.Linq;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

[Serializable]
public sealed class EntityReference : IExtensibleDataObject
{
    private KeyAttributeCollection _keyAttributes;

    public EntityReference()
    {
    }

    public EntityReference(string logicalName)
    {
        LogicalName = logicalName;
    }

    public EntityReference(string logicalName, Guid id)
        : this(logicalName)
    {
        Id = id;
    }

    public EntityReference(string logicalName, string keyName, object keyValue)
        : this(logicalName)
    {
        KeyAttributes[keyName] = keyValue;
    }

    public EntityReference(string logicalName, KeyAttributeCollection keyAttributeCollection)
        : this(logicalName)
    {
        KeyAttributes = keyAttributeCollection;
    }

    public Guid Id { get; set; }

    public string LogicalName { get; set; }

    public string Name { get; set; }

    public KeyAttributeCollection KeyAttributes
    {
        get => _keyAttributes ??= new KeyAttributeCollection();
        set => _keyAttributes = value;
    }

    public string RowVersion { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }

    // Value equality on LogicalName and Id; a reference by alternate key (empty Id) compares its key attributes.
    public override bool Equals(object obj)
    {
        if (obj is not EntityReference other)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (!string.Equals(LogicalName, other.LogicalName, StringComparison.Ordinal) || Id != other.Id)
        {
            return false;
        }

        if (Id != Guid.Empty)
        {
            return true;
        }

        int count = _keyAttributes?.Count ?? 0;
        int otherCount = other._keyAttributes?.Count ?? 0;
        if (count != otherCount)
        {
            return false;
        }

        return count == 0 || _keyAttributes.All(pair =>
            other._keyAttributes.TryGetValue(pair.Key, out object value) && Equals(pair.Value, value));
    }

    public override int GetHashCode()
    {
        int hash = Id.GetHashCode();
        if (LogicalName != null)
        {
            hash ^= StringComparer.Ordinal.GetHashCode(LogicalName);
        }

        return hash;
    }
}
