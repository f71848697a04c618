namespace SalesPerf.Plugins.Registration;

/// <summary>
/// The request property a step image describes (<c>MessagePropertyName</c> in solution XML), by message
/// (semantics doc 1.6, solution format 9.5). Where a message allows two (Merge: Target or SubordinateId; Send:
/// EmailId, FaxId or TemplateId), the primary one is given.
/// </summary>
public static class ImageMessageProperties
{
    /// <summary>The property name for <paramref name="message"/>, or null when the message supports no images.</summary>
    public static string? For(string message) => message switch
    {
        MessageNames.Create => "id",
        MessageNames.Update or MessageNames.Delete or MessageNames.Assign or MessageNames.Merge or "Route" => "Target",
        MessageNames.SetState or MessageNames.SetStateDynamicEntity => "EntityMoniker",
        "DeliverIncoming" or "DeliverPromote" or "Send" => "EmailId",
        _ => null,
    };

    /// <summary>True when steps on <paramref name="message"/> may carry images.</summary>
    public static bool Supports(string message) => For(message) is not null;
}
