using System;

namespace Microsoft.Xrm.Sdk.Messages;

public sealed class CreateResponse : OrganizationResponse
{
    public CreateResponse()
    {
    }

    public Guid id => Results.Contains("id") ? (Guid)Results["id"] : default(Guid);
}
