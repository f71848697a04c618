using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.DataAccess;

/// <summary>Writes the columns the engine stamps on an opportunity (one Update, only when a value changed).</summary>
public sealed class OpportunityWriter(IOrganizationService service)
{
    private readonly IOrganizationService service = service ?? throw new ArgumentNullException(nameof(service));

    public bool WriteStamps(Entity stored, int? salesCycleDays, bool? isNewCustomer)
    {
        if (stored is null)
        {
            throw new ArgumentNullException(nameof(stored));
        }

        var update = new Entity(OpportunityColumns.EntityName, stored.Id);
        if (stored.GetAttributeValue<int?>(OpportunityColumns.SalesCycleDays) != salesCycleDays)
        {
            update[OpportunityColumns.SalesCycleDays] = salesCycleDays;
        }

        if (isNewCustomer.HasValue && stored.GetAttributeValue<bool?>(OpportunityColumns.IsNewCustomer) != isNewCustomer)
        {
            update[OpportunityColumns.IsNewCustomer] = isNewCustomer.Value;
        }

        if (update.Attributes.Count == 0)
        {
            return false;
        }

        service.Update(update);
        return true;
    }
}
