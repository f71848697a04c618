using System;

namespace Microsoft.Xrm.Sdk.Metadata;

public abstract class MetadataBase
{
    protected MetadataBase()
    {
    }

    public Guid? MetadataId { get; set; }

    public bool? HasChanged { get; set; }
}
