using System;

namespace Microsoft.Xrm.Sdk.Messages;

public sealed class RetrieveAttributeRequest : OrganizationRequest
{
    public RetrieveAttributeRequest()
    {
        RequestName = "RetrieveAttribute";
        EntityLogicalName = null;
        LogicalName = null;
        MetadataId = Guid.Empty;
        RetrieveAsIfPublished = false;
    }

    public string EntityLogicalName
    {
        get => Parameters.Contains("EntityLogicalName") ? (string)Parameters["EntityLogicalName"] : null;
        set => Parameters["EntityLogicalName"] = value;
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

    public int ColumnNumber
    {
        get => Parameters.Contains("ColumnNumber") ? (int)Parameters["ColumnNumber"] : default(int);
        set => Parameters["ColumnNumber"] = value;
    }
}
