namespace SalesPerf.Plugins.Registration;

/// <summary>One request parameter or response property of a custom API.</summary>
public sealed record CustomApiParameter(string UniqueName, CustomApiParameterType Type, bool IsOptional, string Description)
{
    /// <summary>The table of an Entity, EntityCollection or EntityReference value, when it is fixed; otherwise empty.</summary>
    public string LogicalEntityName { get; init; } = "";

    /// <summary>The English display name; empty means the unique name.</summary>
    public string DisplayName { get; init; } = "";

    /// <summary>The display name in Simplified Chinese (2052); empty when not declared.</summary>
    public string ChineseDisplayName { get; init; } = "";

    /// <summary>The description in Simplified Chinese (2052); empty when not declared.</summary>
    public string ChineseDescription { get; init; } = "";
}
