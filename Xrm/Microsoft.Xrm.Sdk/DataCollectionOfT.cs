using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Microsoft.Xrm.Sdk;

[Serializable]
public class DataCollection<T> : Collection<T>
{
    // Internal constructors: the real SDK's are internal too, so no other assembly can instantiate this type directly.
    internal DataCollection()
    {
    }

    internal DataCollection(IList<T> list)
        : base(list)
    {
    }

    public void AddRange(params T[] items)
    {
        AddRange((IEnumerable<T>)items);
    }

    public void AddRange(IEnumerable<T> items)
    {
        if (items == null)
        {
            return;
        }

        foreach (T item in items)
        {
            Add(item);
        }
    }

    public T[] ToArray()
    {
        var result = new T[Count];
        CopyTo(result, 0);
        return result;
    }
}
