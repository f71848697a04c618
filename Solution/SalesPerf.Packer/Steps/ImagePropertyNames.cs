namespace SalesPerf.Packer.Steps;

/// <summary>The request property a step image snapshots, by message (solution-format 9.5).</summary>
public static class ImagePropertyNames
{
    public static string? For(string message) => message switch
    {
        "Create" => "id",
        "Update" or "Delete" or "Assign" or "Merge" => "Target",
        "SetState" or "SetStateDynamicEntity" => "EntityMoniker",
        _ => null,
    };
}
