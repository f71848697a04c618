using System;
using SalesPerf.LocalOrg.Metadata;
using SalesPerf.LocalOrg.Query;
using SalesPerf.LocalOrg.Security;

namespace SalesPerf.LocalOrg.Store;

/// <summary>Everything the message handlers and the pipeline share about one organisation.</summary>
internal sealed class OrganizationState
{
    private readonly StoreRowSource _rows;

    public OrganizationState(MetadataCatalog metadata, LocalClock clock, OrganizationSettings settings, SystemIds ids, string organizationName)
    {
        Metadata = metadata;
        Clock = clock;
        Settings = settings;
        Ids = ids;
        OrganizationName = organizationName;
        Store = new RowStore();
        Normalizer = new ValueNormalizer(settings.TimeZone);
        Reader = new RowReader(this);
        Writer = new RowWriter(this);
        _rows = new StoreRowSource(this);
        Queries = new QueryEngine(_rows, settings, () => clock.UtcNow);
        Roles = new RoleCatalog(this);
        Access = new AccessChecker(this);
    }

    public MetadataCatalog Metadata { get; }

    /// <summary>The tables PublishXml has published, in order (a log for tests; nothing else depends on it).</summary>
    public System.Collections.Generic.List<string> Published { get; } = [];
    public LocalClock Clock { get; }
    public OrganizationSettings Settings { get; }
    public SystemIds Ids { get; }
    public string OrganizationName { get; }
    public RowStore Store { get; }
    public ValueNormalizer Normalizer { get; }
    public RowReader Reader { get; }
    public RowWriter Writer { get; }
    public QueryEngine Queries { get; }
    public RoleCatalog Roles { get; }
    public AccessChecker Access { get; }

    /// <summary>Rows the query engine examined and tables it scanned, for tests and benchmarks.</summary>
    public QueryStatistics QueryStatistics { get; } = new();

    /// <summary>The query engine as one caller sees the store: trimmed to what they may read, unless they are not checked.</summary>
    public QueryEngine QueriesFor(Guid userId) =>
        Access.For(userId) is { } access ? new QueryEngine(new SecuredRowSource(_rows, access), Settings, () => Clock.UtcNow) : Queries;

    /// <summary>Today in the organisation's time zone, as a date-only value (midnight, UTC kind).</summary>
    public DateTime Today
    {
        get
        {
            var local = TimeZoneInfo.ConvertTimeFromUtc(Clock.UtcNow, Settings.TimeZone);
            return DateTime.SpecifyKind(local.Date, DateTimeKind.Utc);
        }
    }

    /// <summary>The business unit of a user or team; the root business unit when unknown.</summary>
    public Guid BusinessUnitOf(string ownerTable, Guid ownerId)
    {
        var row = Store.Find(ownerTable, ownerId);
        return row?.GetAttributeValue<Microsoft.Xrm.Sdk.EntityReference>("businessunitid")?.Id ?? Ids.RootBusinessUnitId;
    }
}
