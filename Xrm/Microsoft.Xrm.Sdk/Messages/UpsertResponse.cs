namespace Microsoft.Xrm.Sdk.Messages;

public sealed class UpsertResponse : OrganizationResponse
{
    public UpsertResponse()
    {
    }

    public bool RecordCreated => Results.Contains("RecordCreated") ? (bool)Results["RecordCreated"] : default(bool);

    public EntityReference Target => Results.Contains("Target") ? (EntityReference)Results["Target"] : null;
}
