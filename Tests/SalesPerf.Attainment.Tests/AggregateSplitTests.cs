using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Periods;
using SalesPerf.Plugins.DataAccess;
using SalesPerf.Plugins.DataAccess.Fetch;

namespace SalesPerf.Attainment.Tests;

/// <summary>
/// How a refused aggregate is cut (docs/attainment.md, "Chunking beyond the aggregate limit"): the date span in halves
/// of ⌊days ÷ 2⌋ and the rest, down to one day, then the owners in halves; one day of one owner is not cut, and the
/// platform's fault then reaches the caller unchanged.
/// </summary>
public sealed class AggregateSplitTests
{
    private static readonly Guid Alice = new("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid Bob = new("00000000-0000-0000-0000-00000000000b");

    [Fact]
    public void Halves_FirstQuarter_FortyFiveDaysAndTheRest()
    {
        var halves = AggregateSplit.Halves(Scope("2026-01-01", "2026-03-31", Alice, Bob));

        Assert.Equal(2, halves.Count);
        Assert.Equal(Range("2026-01-01", "2026-02-14"), halves[0].Span);
        Assert.Equal(Range("2026-02-15", "2026-03-31"), halves[1].Span);
        Assert.All(halves, h => Assert.Equal([Alice, Bob], h.OwnerIds));
    }

    [Fact]
    public void Halves_OneDayTwoOwners_OneOwnerEach()
    {
        var halves = AggregateSplit.Halves(Scope("2026-01-10", "2026-01-10", Bob, Alice));

        Assert.Equal(2, halves.Count);
        Assert.Equal([Alice], halves[0].OwnerIds);
        Assert.Equal([Bob], halves[1].OwnerIds);
        Assert.All(halves, h => Assert.Equal(Range("2026-01-10", "2026-01-10"), h.Span));
    }

    [Fact]
    public void Halves_OneDayOneOwner_None()
    {
        Assert.Empty(AggregateSplit.Halves(Scope("2026-01-10", "2026-01-10", Alice)));
    }

    [Fact]
    public void Run_TwoDaysAlwaysRefused_RefusedWholeAndFirstDayThenTheFaultReachesTheCaller()
    {
        var service = new RefusingService();

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(
            () => new ChunkedAggregate(service).Run(Scope("2026-01-10", "2026-01-11", Alice), OpportunityActivityFetch.Build, row => row));

        Assert.Equal(AggregateLimit.ErrorCode, fault.Detail.ErrorCode);
        Assert.Equal(2, service.Calls);
    }

    private static AggregateScope Scope(string start, string end, params Guid[] owners) =>
        new(owners, Range(start, end), BucketGrain.Month, KpiFilter.None);

    private static DateRange Range(string start, string end) => DateRange.Of(CalendarDate.Parse(start), CalendarDate.Parse(end));

    /// <summary>An organisation whose every aggregate reads too many rows.</summary>
    private sealed class RefusingService : IOrganizationService
    {
        public int Calls { get; private set; }

        public EntityCollection RetrieveMultiple(QueryBase query)
        {
            Calls++;
            var fault = new OrganizationServiceFault { ErrorCode = AggregateLimit.ErrorCode, Message = "AggregateQueryRecordLimit exceeded. Cannot perform this operation." };
            throw new FaultException<OrganizationServiceFault>(fault, new FaultReason(fault.Message));
        }

        public Guid Create(Entity entity) => throw new NotSupportedException();

        public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) => throw new NotSupportedException();

        public void Update(Entity entity) => throw new NotSupportedException();

        public void Delete(string entityName, Guid id) => throw new NotSupportedException();

        public OrganizationResponse Execute(OrganizationRequest request) => throw new NotSupportedException();

        public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => throw new NotSupportedException();

        public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => throw new NotSupportedException();
    }
}
