namespace SalesPerf.Plugins.Registration;

/// <summary>One request parameter or response property of a custom API.</summary>
public sealed record CustomApiParameter(string UniqueName, CustomApiParameterType Type, bool IsOptional, string Description)
{
    /// <summary>The table of an Entity, EntityCollection or EntityReference value, when it is fixed; otherwise empty.</summary>
    public string LogicalEntityName { get; init; } = "";
}
