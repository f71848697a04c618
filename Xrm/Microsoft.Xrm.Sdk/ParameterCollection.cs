using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

public class ParameterCollection : DataCollection<string, object>
{
    public ParameterCollection()
    {
    }

    protected ParameterCollection(IDictionary<string, object> collection)
        : base(collection)
    {
    }

    public void AddOrUpdateIfNotNull(string key, object obj)
    {
        if (obj != null)
        {
            this[key] = obj;
        }
    }

    public bool TryGetValue<T>(string key, out T value)
    {
        // base. is required: unqualified, overload resolution picks this generic method again (T = object).
        if (base.TryGetValue(key, out object raw) && raw is T typed)
        {
            value = typed;
            return true;
        }

        value = default(T);
        return false;
    }
}
