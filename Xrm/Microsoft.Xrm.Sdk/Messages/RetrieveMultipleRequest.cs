using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages;

public sealed class RetrieveMultipleRequest : OrganizationRequest
{
    // Like the real SDK, required parameters are present (as null) from construction on.
    public RetrieveMultipleRequest()
    {
        RequestName = "RetrieveMultiple";
        Query = null;
    }

    public QueryBase Query
    {
        get => Parameters.Contains("Query") ? (QueryBase)Parameters["Query"] : null;
        set => Parameters["Query"] = value;
    }
}
