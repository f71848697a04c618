using System;
using Microsoft.Xrm.Sdk.Metadata;

namespace Microsoft.Xrm.Sdk.Messages;

public sealed class RetrieveEntityRequest : OrganizationRequest
{
    public RetrieveEntityRequest()
    {
        RequestName = "RetrieveEntity";
        EntityFilters = EntityFilters.Default;
        LogicalName = null;
        MetadataId = Guid.Empty;
        RetrieveAsIfPublished = false;
    }

    public EntityFilters EntityFilters
    {
        get => Parameters.Contains("EntityFilters") ? (EntityFilters)Parameters["EntityFilters"] : default(EntityFilters);
        set => Parameters["EntityFilters"] = value;
    }

    public string LogicalName
    {
        get => Parameters.Contains("LogicalName") ? (string)Parameters["LogicalName"] : null;
        set => Parameters["LogicalName"] = value;
    }

    public Guid MetadataId
    {
        get => Parameters.Contains("MetadataId") ? (Guid)Parameters["MetadataId"] : default(Guid);
        set => Parameters["MetadataId"] = value;
    }

    public bool RetrieveAsIfPublished
    {
        get => Parameters.Contains("RetrieveAsIfPublished") ? (bool)Parameters["RetrieveAsIfPublished"] : default(bool);
        set => Parameters["RetrieveAsIfPublished"] = value;
    }
}
