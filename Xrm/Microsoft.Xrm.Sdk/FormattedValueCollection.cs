using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

public sealed class FormattedValueCollection : DataCollection<string, string>
{
    public FormattedValueCollection()
    {
    }

    protected internal FormattedValueCollection(IDictionary<string, string> collection)
        : base(collection)
    {
    }
}
