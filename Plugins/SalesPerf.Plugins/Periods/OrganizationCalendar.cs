using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Periods;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Periods;

/// <summary>Reads the organisation's fiscal calendar: one query on <c>organization</c>, two named columns.</summary>
internal static class OrganizationCalendar
{
    /// <summary>
    /// The calendar whose years start on the 1st of the month of <c>fiscalcalendarstart</c> (January when it is empty),
    /// and the organisation's name for messages. A start month outside 1–12 is SPM-PER-005.
    /// </summary>
    public static Validated<FiscalCalendar> Read(IOrganizationService service, out string organizationName)
    {
        var query = new QueryExpression(OrganizationColumns.EntityName)
        {
            ColumnSet = new ColumnSet(OrganizationColumns.Name, OrganizationColumns.FiscalCalendarStart),
            TopCount = 1,
        };
        var row = service.RetrieveMultiple(query).Entities.FirstOrDefault();
        organizationName = row?.GetAttributeValue<string>(OrganizationColumns.Name) ?? "-";
        var start = row?.GetAttributeValue<System.DateTime?>(OrganizationColumns.FiscalCalendarStart);
        return FiscalCalendar.Create(start?.Month ?? 1);
    }
}
