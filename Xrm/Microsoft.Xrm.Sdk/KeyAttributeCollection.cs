using System;
using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

[Serializable]
public sealed class KeyAttributeCollection : DataCollection<string, object>
{
    public KeyAttributeCollection()
    {
    }

    protected internal KeyAttributeCollection(IDictionary<string, object> collection)
        : base(collection)
    {
    }
}
