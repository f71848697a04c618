namespace Microsoft.Xrm.Sdk.Messages;

public sealed class RetrieveResponse : OrganizationResponse
{
    public RetrieveResponse()
    {
    }

    public Entity Entity => Results.Contains("Entity") ? (Entity)Results["Entity"] : null;

    public object Notifications => Results.Contains("Notifications") ? (object)Results["Notifications"] : null;
}
