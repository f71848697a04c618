using System;

namespace SalesPerf.Plugins.Registration;

/// <summary>Declares one response property of the custom API declared on the same class.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class CustomApiResponsePropertyAttribute(string uniqueName, CustomApiParameterType type) : Attribute
{
    public string UniqueName { get; } = uniqueName;

    public CustomApiParameterType Type { get; } = type;

    public string Description { get; set; } = "";

    /// <summary>The English display name; the unique name when empty.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>The display name in Simplified Chinese (2052).</summary>
    public string ChineseDisplayName { get; set; } = "";

    /// <summary>The description in Simplified Chinese (2052).</summary>
    public string ChineseDescription { get; set; } = "";

    /// <summary>The table of an Entity, EntityCollection or EntityReference property, when it is fixed.</summary>
    public string LogicalEntityName { get; set; } = "";
}
