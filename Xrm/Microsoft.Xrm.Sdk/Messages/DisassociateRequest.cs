namespace Microsoft.Xrm.Sdk.Messages;

public sealed class DisassociateRequest : OrganizationRequest
{
    // Like the real SDK, required parameters are present (as null) from construction on.
    public DisassociateRequest()
    {
        RequestName = "Disassociate";
        Target = null;
        Relationship = null;
        RelatedEntities = null;
    }

    public EntityReference Target
    {
        get => Parameters.Contains("Target") ? (EntityReference)Parameters["Target"] : null;
        set => Parameters["Target"] = value;
    }

    public Relationship Relationship
    {
        get => Parameters.Contains("Relationship") ? (Relationship)Parameters["Relationship"] : null;
        set => Parameters["Relationship"] = value;
    }

    public EntityReferenceCollection RelatedEntities
    {
        get => Parameters.Contains("RelatedEntities") ? (EntityReferenceCollection)Parameters["RelatedEntities"] : null;
        set => Parameters["RelatedEntities"] = value;
    }
}
