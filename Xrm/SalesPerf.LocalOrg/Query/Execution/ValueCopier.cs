using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg.Store;

namespace SalesPerf.LocalOrg.Query.Execution;

/// <summary>Copies stored values into results with the store's own copier (doc 8.1), filling lookup names from the target rows.</summary>
internal sealed class ValueCopier(IRowSource rows)
{
    public object? Copy(object? value)
    {
        if (value is not EntityReference reference)
        {
            return EntityCopier.CopyValue(value);
        }

        var copy = EntityCopier.Copy(reference);
        copy.Name = rows.PrimaryName(reference.LogicalName, reference.Id) ?? reference.Name;
        return copy;
    }
}
