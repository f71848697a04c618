using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace SalesPerf.Plugins.DataAccess;

/// <summary>Retrieves one source row (opportunity, order, invoice) with named columns, for steps whose message carries no image.</summary>
public sealed class SourceRowReader(IOrganizationService service)
{
    private readonly IOrganizationService service = service ?? throw new ArgumentNullException(nameof(service));

    public Entity Retrieve(string table, Guid id, params string[] columns) => service.Retrieve(table, id, new ColumnSet(columns));
}
