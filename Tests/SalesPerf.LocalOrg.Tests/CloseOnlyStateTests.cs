using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Faults;
using SalesPerf.LocalOrg.Tests.Support;

namespace SalesPerf.LocalOrg.Tests;

/// <summary>
/// The states only a close message sets (semantics doc section 10): Update or SetState of an opportunity to Won or
/// Lost, or of an order to Canceled or Fulfilled, faults with the platform's message and changes nothing; reopening
/// cancels the opportunity's earlier close activities.
/// </summary>
public sealed class CloseOnlyStateTests
{
    private const string Lost = "This message can not be used to set the state of opportunity to Lost. In order to set the state of opportunity to Lost, use the LostOpportunityRequest message instead.";
    private const string Fulfilled = "This message can not be used to set the state of SalesOrder to Fullfilled. In order to set state of SalesOrder, use the FullfillSalesOrder Request. Request message instead.";

    private static Guid Opportunity(LocalOrganization org) => org.Service.Create(new Entity("opportunity")
    {
        ["name"] = "Deal",
        ["customerid"] = new EntityReference("account", org.Account()),
        ["estimatedvalue"] = new Money(20000m),
    });

    private static Guid Order(LocalOrganization org) =>
        org.Service.Create(new Entity("salesorder") { ["name"] = "SO1", ["customerid"] = new EntityReference("account", org.Account()) });

    private static Entity Row(LocalOrganization org, string table, Guid id) => org.Service.Retrieve(table, id, new ColumnSet(true));

    private static OrganizationRequest SetState(string request, string table, Guid id, int state, int status = -1) => new(request)
    {
        ["EntityMoniker"] = new EntityReference(table, id),
        ["State"] = new OptionSetValue(state),
        ["Status"] = new OptionSetValue(status),
    };

    [Fact]
    public void Update_OpportunityToLostWithOtherColumns_FaultsWithThePlatformsMessageAndRollsBack()
    {
        var org = TestOrg.Create();
        var id = Opportunity(org);

        var fault = TestOrg.Fault(() => org.Service.Update(new Entity("opportunity", id)
        {
            ["name"] = "Renamed",
            ["statecode"] = new OptionSetValue(2),
            ["statuscode"] = new OptionSetValue(4),
        }));

        Assert.Equal(Lost, fault.Message);
        var row = Row(org, "opportunity", id);
        Assert.Equal("Deal", row["name"]);
        Assert.Equal(0, row.GetAttributeValue<OptionSetValue>("statecode").Value);
    }

    [Fact]
    public void Update_OpportunityToWon_Faults()
    {
        var org = TestOrg.Create();
        var id = Opportunity(org);

        var fault = TestOrg.Fault(() => org.Service.Update(new Entity("opportunity", id) { ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(3) }));

        Assert.Contains("set the state of opportunity to Won", fault.Message, StringComparison.Ordinal);
        Assert.Contains("WinOpportunityRequest", fault.Message, StringComparison.Ordinal);
        Assert.Equal(0, Row(org, "opportunity", id).GetAttributeValue<OptionSetValue>("statecode").Value);
    }

    [Theory]
    [InlineData("SetState", 1)]
    [InlineData("SetState", 2)]
    [InlineData("SetStateDynamicEntity", 1)]
    [InlineData("SetStateDynamicEntity", 2)]
    public void SetState_OpportunityToWonOrLost_FaultsAndChangesNothing(string request, int state)
    {
        var org = TestOrg.Create();
        var id = Opportunity(org);

        var fault = TestOrg.Fault(() => org.Service.Execute(SetState(request, "opportunity", id, state)));

        Assert.Equal(ErrorCodes.StateNeedsCloseMessage, fault.Detail.ErrorCode);
        Assert.StartsWith("This message can not be used to set the state of opportunity to " + (state == 1 ? "Won" : "Lost"), fault.Message, StringComparison.Ordinal);
        Assert.Equal(0, Row(org, "opportunity", id).GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Equal(0, org.Count("opportunityclose"));
    }

    [Fact]
    public void SetState_OrderToFulfilled_FaultsWithThePlatformsMessage()
    {
        var org = TestOrg.Create();
        var id = Order(org);

        var fault = TestOrg.Fault(() => org.Service.Execute(SetState("SetState", "salesorder", id, 3)));

        Assert.Equal(Fulfilled, fault.Message);
        Assert.Equal(0, Row(org, "salesorder", id).GetAttributeValue<OptionSetValue>("statecode").Value);
    }

    [Fact]
    public void Update_OrderToCanceledOrFulfilled_Faults()
    {
        var org = TestOrg.Create();
        var id = Order(org);

        var canceled = TestOrg.Fault(() => org.Service.Update(new Entity("salesorder", id) { ["statecode"] = new OptionSetValue(2), ["statuscode"] = new OptionSetValue(4) }));
        var fulfilled = TestOrg.Fault(() => org.Service.Update(new Entity("salesorder", id) { ["statecode"] = new OptionSetValue(3), ["statuscode"] = new OptionSetValue(100001) }));

        Assert.Contains("CancelSalesOrder", canceled.Message, StringComparison.Ordinal);
        Assert.Equal(Fulfilled, fulfilled.Message);
        Assert.Equal(0, Row(org, "salesorder", id).GetAttributeValue<OptionSetValue>("statecode").Value);
    }

    [Fact]
    public void SetState_OrderToSubmitted_IsNotACloseAndPasses()
    {
        var org = TestOrg.Create();
        var id = Order(org);

        org.Service.Execute(SetState("SetState", "salesorder", id, 1));

        Assert.Equal(1, Row(org, "salesorder", id).GetAttributeValue<OptionSetValue>("statecode").Value);
    }

    [Fact]
    public void Reopen_WonOpportunity_CancelsItsEarlierCloseActivities()
    {
        var org = TestOrg.Create();
        var id = Opportunity(org);
        var other = Opportunity(org);
        foreach (var deal in new[] { id, other })
        {
            org.Service.Execute(new OrganizationRequest("WinOpportunity")
            {
                ["OpportunityClose"] = new Entity("opportunityclose") { ["opportunityid"] = new EntityReference("opportunity", deal) },
                ["Status"] = new OptionSetValue(3),
            });
        }

        org.Service.Execute(SetState("SetState", "opportunity", id, 0, 1));

        var closes = org.Rows("opportunityclose").ToDictionary(c => c.GetAttributeValue<EntityReference>("opportunityid").Id);
        Assert.Equal(2, closes[id].GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Equal(3, closes[id].GetAttributeValue<OptionSetValue>("statuscode").Value);
        Assert.NotEqual(2, closes[other].GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Equal(0, Row(org, "opportunity", id).GetAttributeValue<OptionSetValue>("statecode").Value);
    }
}
