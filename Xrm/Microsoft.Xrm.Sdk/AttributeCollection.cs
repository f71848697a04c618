using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

public sealed class AttributeCollection : DataCollection<string, object>
{
    public AttributeCollection()
    {
    }

    protected internal AttributeCollection(IDictionary<string, object> collection)
        : base(collection)
    {
    }
}
