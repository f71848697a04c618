using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Faults;
using SalesPerf.LocalOrg.Tests.Support;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.LocalOrg.Tests;

public class MessageTests
{
    private static Guid Opportunity(LocalOrganization org, decimal estimated = 20000m) =>
        org.Service.Create(new Entity("opportunity")
        {
            ["name"] = "Deal",
            ["customerid"] = new EntityReference("account", org.Account()),
            ["estimatedvalue"] = new Money(estimated),
        });

    private static Entity Row(LocalOrganization org, string table, Guid id) => org.Service.Retrieve(table, id, new ColumnSet(true));

    [Fact]
    public void CreateRequest_GenericAndTyped_BehaveAlike()
    {
        var org = TestOrg.Create();
        var typed = (CreateResponse)org.Service.Execute(new CreateRequest { Target = new Entity("account") { ["name"] = "T" } });
        var generic = org.Service.Execute(new OrganizationRequest("Create") { ["Target"] = new Entity("account") { ["name"] = "G" } });

        Assert.Equal("T", Row(org, "account", typed.id)["name"]);
        Assert.Equal("G", Row(org, "account", (Guid)generic.Results["id"])["name"]);
    }

    [Fact]
    public void Win_Opportunity_ClosesWithActualValueAndCreatesOpportunityClose()
    {
        var org = TestOrg.Create();
        var id = Opportunity(org);
        var close = new Entity("opportunityclose")
        {
            ["opportunityid"] = new EntityReference("opportunity", id),
            ["actualrevenue"] = new Money(18000m),
            ["actualend"] = new DateTime(2026, 2, 10, 0, 0, 0, DateTimeKind.Utc),
        };

        org.Service.Execute(new OrganizationRequest("WinOpportunity") { ["OpportunityClose"] = close, ["Status"] = new OptionSetValue(3) });

        var row = Row(org, "opportunity", id);
        Assert.Equal(1, row.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Equal(3, row.GetAttributeValue<OptionSetValue>("statuscode").Value);
        Assert.Equal(18000m, row.GetAttributeValue<Money>("actualvalue").Value);
        Assert.Equal(new DateTime(2026, 2, 10, 0, 0, 0, DateTimeKind.Utc), row["actualclosedate"]);
        Assert.Equal(1, org.Count("opportunityclose"));
    }

    [Fact]
    public void Win_WithoutActualRevenue_ActualValueDefaultsToEstimatedAndDateToToday()
    {
        var org = TestOrg.Create();
        var id = Opportunity(org, 5000m);

        org.Service.Execute(new OrganizationRequest("WinOpportunity")
        {
            ["OpportunityClose"] = new Entity("opportunityclose") { ["opportunityid"] = new EntityReference("opportunity", id) },
            ["Status"] = new OptionSetValue(3),
        });

        var row = Row(org, "opportunity", id);
        Assert.Equal(5000m, row.GetAttributeValue<Money>("actualvalue").Value);
        Assert.Equal(new DateTime(2026, 3, 31, 0, 0, 0, DateTimeKind.Utc), row["actualclosedate"]);
    }

    [Fact]
    public void Lose_Opportunity_SetsLostStateAndStatus()
    {
        var org = TestOrg.Create();
        var id = Opportunity(org);

        org.Service.Execute(new OrganizationRequest("LoseOpportunity")
        {
            ["OpportunityClose"] = new Entity("opportunityclose") { ["opportunityid"] = new EntityReference("opportunity", id) },
            ["Status"] = new OptionSetValue(5),
        });

        var row = Row(org, "opportunity", id);
        Assert.Equal(2, row.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Equal(5, row.GetAttributeValue<OptionSetValue>("statuscode").Value);
    }

    [Fact]
    public void Win_StatusOfLostState_FaultsAndChangesNothing()
    {
        var org = TestOrg.Create();
        var id = Opportunity(org);

        var fault = TestOrg.Fault(() => org.Service.Execute(new OrganizationRequest("WinOpportunity")
        {
            ["OpportunityClose"] = new Entity("opportunityclose") { ["opportunityid"] = new EntityReference("opportunity", id) },
            ["Status"] = new OptionSetValue(4),
        }));

        Assert.Equal(ErrorCodes.InvalidStateCodeStatusCode, fault.Detail.ErrorCode);
        Assert.Equal(0, Row(org, "opportunity", id).GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Equal(0, org.Count("opportunityclose"));
    }

    [Fact]
    public void SetState_ReopenWonOpportunity_BackToOpenInProgress()
    {
        var org = TestOrg.Create();
        var id = Opportunity(org);
        org.Service.Execute(new OrganizationRequest("WinOpportunity")
        {
            ["OpportunityClose"] = new Entity("opportunityclose") { ["opportunityid"] = new EntityReference("opportunity", id) },
            ["Status"] = new OptionSetValue(3),
        });

        org.Service.Execute(new OrganizationRequest("SetState")
        {
            ["EntityMoniker"] = new EntityReference("opportunity", id),
            ["State"] = new OptionSetValue(0),
            ["Status"] = new OptionSetValue(1),
        });

        var row = Row(org, "opportunity", id);
        Assert.Equal(0, row.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Equal(1, row.GetAttributeValue<OptionSetValue>("statuscode").Value);
    }

    [Fact]
    public void SetState_StatusMinusOne_UsesDefaultStatusOfState()
    {
        var org = TestOrg.Create();
        var id = org.Service.Create(new Entity("test_widget") { ["test_name"] = "w" });

        org.Service.Execute(new OrganizationRequest("SetState")
        {
            ["EntityMoniker"] = new EntityReference("test_widget", id),
            ["State"] = new OptionSetValue(1),
            ["Status"] = new OptionSetValue(-1),
        });

        Assert.Equal(2, Row(org, "test_widget", id).GetAttributeValue<OptionSetValue>("statuscode").Value);
    }

    [Fact]
    public void Assign_ToTeam_ChangesOwnerAndOwningTeam()
    {
        var org = TestOrg.Create();
        var alice = org.CreateUser("Alice");
        var team = org.CreateTeam("East", [alice]);
        var id = org.Account();

        org.Service.Execute(new OrganizationRequest("Assign")
        {
            ["Target"] = new EntityReference("account", id),
            ["Assignee"] = new EntityReference("team", team),
        });

        var row = Row(org, "account", id);
        Assert.Equal(team, row.GetAttributeValue<EntityReference>("ownerid").Id);
        Assert.Equal("team", row.GetAttributeValue<EntityReference>("ownerid").LogicalName);
        Assert.Equal(team, row.GetAttributeValue<EntityReference>("owningteam").Id);
        Assert.False(row.Contains("owninguser"));
    }

    [Fact]
    public void Associate_TeamMembership_CreatesIntersectRowAndDisassociateRemovesIt()
    {
        var org = TestOrg.Create();
        var alice = org.CreateUser("Alice");
        var team = org.CreateTeam("East", []);
        var relationship = new Relationship("teammembership_association");

        org.Service.Associate("team", team, relationship, new EntityReferenceCollection { new EntityReference("systemuser", alice) });
        Assert.Equal(1, org.Count("teammembership"));

        org.Service.Disassociate("systemuser", alice, relationship, new EntityReferenceCollection { new EntityReference("team", team) });
        Assert.Equal(0, org.Count("teammembership"));
    }

    [Fact]
    public void Associate_UnknownRelationship_IsLoudlyUnsupported()
    {
        var org = TestOrg.Create();
        var a = org.Account();
        Assert.Throws<NotSupportedException>(() => org.Service.Associate(
            "account", a, new Relationship("account_contacts"), new EntityReferenceCollection { new EntityReference("account", org.Account("B")) }));
    }

    [Fact]
    public void SalesOrder_Lines_DriveTotals()
    {
        var org = TestOrg.Create();
        var order = org.Service.Create(new Entity("salesorder")
        {
            ["name"] = "SO1",
            ["customerid"] = new EntityReference("account", org.Account()),
            ["discountamount"] = new Money(10m),
            ["freightamount"] = new Money(5m),
        });
        var product = org.CreateProduct("Widget", "W1", listPrice: 25m);

        // Catalog product without a price: priceperunit comes from the product. 4 × 25 − 20 discount + 8 tax = 88.
        org.Service.Create(new Entity("salesorderdetail")
        {
            ["salesorderid"] = new EntityReference("salesorder", order),
            ["productid"] = new EntityReference("product", product),
            ["quantity"] = 4m,
            ["manualdiscountamount"] = new Money(20m),
            ["tax"] = new Money(8m),
        });

        // Write-in product: 2 × 50 = 100.
        org.Service.Create(new Entity("salesorderdetail")
        {
            ["salesorderid"] = new EntityReference("salesorder", order),
            ["isproductoverridden"] = true,
            ["productdescription"] = "Consulting",
            ["priceperunit"] = new Money(50m),
            ["quantity"] = 2m,
        });

        var row = Row(org, "salesorder", order);
        Assert.Equal(180m, row.GetAttributeValue<Money>("totallineitemamount").Value); // (100 − 20) + 100, before tax
        Assert.Equal(8m, row.GetAttributeValue<Money>("totaltax").Value);
        Assert.Equal(180m - 10m + 5m + 8m, row.GetAttributeValue<Money>("totalamount").Value);
        Assert.Equal(183m, row.GetAttributeValue<Money>("totalamount_base").Value);
    }

    [Fact]
    public void SalesOrder_DeleteLine_RecomputesTotals()
    {
        var org = TestOrg.Create();
        var order = org.Service.Create(new Entity("salesorder") { ["name"] = "SO1", ["customerid"] = new EntityReference("account", org.Account()) });
        var line = org.Service.Create(new Entity("salesorderdetail")
        {
            ["salesorderid"] = new EntityReference("salesorder", order),
            ["isproductoverridden"] = true,
            ["productdescription"] = "X",
            ["priceperunit"] = new Money(50m),
            ["quantity"] = 2m,
        });

        org.Service.Delete("salesorderdetail", line);

        Assert.Equal(0m, Row(org, "salesorder", order).GetAttributeValue<Money>("totalamount").Value);
    }

    [Fact]
    public void FulfillSalesOrder_SetsFulfilledStateAndDate()
    {
        var org = TestOrg.Create();
        var order = org.Service.Create(new Entity("salesorder") { ["name"] = "SO1", ["customerid"] = new EntityReference("account", org.Account()) });

        org.Service.Execute(new OrganizationRequest("FulfillSalesOrder")
        {
            ["OrderClose"] = new Entity("orderclose")
            {
                ["salesorderid"] = new EntityReference("salesorder", order),
                ["actualend"] = new DateTime(2026, 3, 20, 0, 0, 0, DateTimeKind.Utc),
            },
            ["Status"] = new OptionSetValue(100001),
        });

        var row = Row(org, "salesorder", order);
        Assert.Equal(3, row.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Equal(100001, row.GetAttributeValue<OptionSetValue>("statuscode").Value);
        Assert.Equal(new DateTime(2026, 3, 20, 0, 0, 0, DateTimeKind.Utc), row["datefulfilled"]);
        Assert.Equal(1, org.Count("orderclose"));
    }

    [Fact]
    public void CancelSalesOrder_SetsCanceledState()
    {
        var org = TestOrg.Create();
        var order = org.Service.Create(new Entity("salesorder") { ["name"] = "SO1", ["customerid"] = new EntityReference("account", org.Account()) });

        org.Service.Execute(new OrganizationRequest("CancelSalesOrder")
        {
            ["OrderClose"] = new Entity("orderclose") { ["salesorderid"] = new EntityReference("salesorder", order) },
            ["Status"] = new OptionSetValue(4),
        });

        var row = Row(org, "salesorder", order);
        Assert.Equal(2, row.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Equal(4, row.GetAttributeValue<OptionSetValue>("statuscode").Value);
    }

    [Fact]
    public void CustomApi_Request_RunsPluginAtStage30AndReturnsOutput()
    {
        var api = new CustomApiRegistration(
            "test_Echo", typeof(EchoApiPlugin), false,
            [new CustomApiParameter("Text", CustomApiParameterType.String, false, "")],
            [new CustomApiParameter("Echo", CustomApiParameterType.String, false, "")]);
        var org = TestOrg.Create([TestOrg.Step<TraceNamePluginA>("test_Echo", "", PipelineStage.PostOperation)], [api]);

        var response = org.Service.Execute(new OrganizationRequest("test_Echo") { ["Text"] = "hi" });

        Assert.Equal("HI", response.Results["Echo"]);
        Assert.Equal("test_Echo", response.ResponseName);
        Assert.Equal(["stage=30"], org.Traces<EchoApiPlugin>());
        Assert.Equal(["A"], org.Traces<TraceNamePluginA>());
    }

    [Fact]
    public void CustomApi_MissingRequiredParameter_Faults()
    {
        var api = new CustomApiRegistration(
            "test_Echo", typeof(EchoApiPlugin), false, [new CustomApiParameter("Text", CustomApiParameterType.String, false, "")], []);
        var org = TestOrg.Create([], [api]);

        Assert.Equal(ErrorCodes.RequiredFieldMissing, TestOrg.Fault(() => org.Service.Execute(new OrganizationRequest("test_Echo"))).Detail.ErrorCode);
    }

    [Fact]
    public void Execute_UnknownMessage_ThrowsNotSupportedNamingIt()
    {
        var org = TestOrg.Create();
        var error = Assert.Throws<NotSupportedException>(() => org.Service.Execute(new OrganizationRequest("Merge")));
        Assert.Contains("Merge", error.Message);
    }

    [Fact]
    public void RetrieveMultiple_QueryExpression_ReturnsRowsThroughQueryEngine()
    {
        var org = TestOrg.Create();
        org.Account("A");
        org.Account("B");

        var rows = org.Service.RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet("name") });

        Assert.Equal(["A", "B"], rows.Entities.Select(e => (string)e["name"]).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void RetrieveAndRetrieveMultiple_GenericRequests_ReturnResponseKeys()
    {
        var org = TestOrg.Create();
        var id = org.Account("A");

        var retrieve = org.Service.Execute(new OrganizationRequest("Retrieve")
        {
            ["Target"] = new EntityReference("account", id),
            ["ColumnSet"] = new ColumnSet("name"),
        });
        var multiple = org.Service.Execute(new OrganizationRequest("RetrieveMultiple")
        {
            ["Query"] = new QueryExpression("account") { ColumnSet = new ColumnSet("name") },
        });

        Assert.Equal("A", ((Entity)retrieve.Results["Entity"])["name"]);
        Assert.Single(((EntityCollection)multiple.Results["EntityCollection"]).Entities);
    }

    [Fact]
    public void ExecuteTransaction_FailingRequest_RollsBackEveryRequest()
    {
        var org = TestOrg.Create();
        var requests = new OrganizationRequestCollection
        {
            new CreateRequest { Target = new Entity("account") { ["name"] = "first" } },
            new CreateRequest { Target = new Entity("account") { ["nosuchcolumn"] = "x" } },
        };

        TestOrg.Fault(() => org.Service.Execute(new ExecuteTransactionRequest { Requests = requests, ReturnResponses = true }));

        Assert.Empty(org.Rows("account"));
    }

    [Fact]
    public void ExecuteTransaction_ReturnResponses_ReturnsEachResponse()
    {
        var org = TestOrg.Create();
        var requests = new OrganizationRequestCollection
        {
            new CreateRequest { Target = new Entity("account") { ["name"] = "first" } },
            new CreateRequest { Target = new Entity("account") { ["name"] = "second" } },
        };

        var response = (ExecuteTransactionResponse)org.Service.Execute(new ExecuteTransactionRequest { Requests = requests, ReturnResponses = true });

        Assert.Equal(2, response.Responses.Count);
        Assert.Equal(((CreateResponse)response.Responses[1]).id, org.Rows("account")[1].Id);
    }
}
