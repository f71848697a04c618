using System;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Plugins.DataAccess;

/// <summary>Writes one engine-stamped column on a system row (invoice.spm_amountpaid, salesorder.spm_grossmargin) when it changed.</summary>
public sealed class StampWriter(IOrganizationService service)
{
    private readonly IOrganizationService service = service ?? throw new ArgumentNullException(nameof(service));

    public bool WriteMoney(Entity stored, string column, decimal? value)
    {
        if (stored is null)
        {
            throw new ArgumentNullException(nameof(stored));
        }

        var current = stored.GetAttributeValue<Money>(column)?.Value;
        if (current == value)
        {
            return false;
        }

        service.Update(new Entity(stored.LogicalName, stored.Id) { [column] = value.HasValue ? new Money(value.Value) : null });
        return true;
    }
}
