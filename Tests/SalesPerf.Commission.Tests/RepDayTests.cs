using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Commission.Tests.Support;
using static SalesPerf.Commission.Tests.Support.CommissionOrg;
using static SalesPerf.Commission.Tests.Support.PlanSpec;

namespace SalesPerf.Commission.Tests;

/// <summary>
/// README "Roles": a rep holds SalesPerf Rep together with the platform's base sales role (Salesperson). The local
/// organisation checks the platform's sales tables too (opportunity, account, contact, lead, order, invoice, closes and
/// activities, with the platform's privilege names: prvCreateOpportunity, prvCreateOrder …), and models Salesperson and
/// Sales Manager as fixture roles. Her day with both roles: a deal created and won, an order created, her own target,
/// scorecard and statement read (and nobody else's), an estimate on an open deal, her statement disputed; a manager's
/// verb is refused. With SalesPerf Rep alone she cannot even open an opportunity; with Salesperson alone she sees no
/// SalesPerf number.
/// </summary>
public sealed class RepDayTests
{
    private static (CommissionOrg Org, Guid Li, IOrganizationService AsLi) RepOrg(params string[] roles)
    {
        var org = CommissionOrg.Create();
        var li = org.Org.CreateUser("Li Na", org.Nancy);
        foreach (var role in roles.Length == 0 ? ["SalesPerf Rep", "Salesperson"] : roles)
        {
            org.Org.AssignRole(li, role);
        }

        var plan = org.Plan(new PlanSpec(WonRevenue, Cumulative, Retroactive, Amount, new Tier(0m, null, 5m)));
        org.Assign(li, plan, org.Q1, 100000m, "Li Q1");
        org.Assign(org.Bob, plan, org.Q1, 100000m, "Bob Q1");
        org.Won(org.Bob, 20000m, "2026-03-10");
        var kpi = org.Service.Create(new Entity("spm_kpi")
        {
            ["spm_name"] = "Customer satisfaction",
            ["spm_code"] = "CSAT",
            ["spm_measure"] = new OptionSetValue(100000013),
            ["spm_direction"] = new OptionSetValue(100000000),
            ["spm_unit"] = new OptionSetValue(100000002),
        });
        foreach (var owner in new[] { li, org.Bob })
        {
            var scorecard = org.Service.Create(new Entity("spm_scorecard")
            {
                ["spm_name"] = "Scorecard", ["ownerid"] = new EntityReference("systemuser", owner), ["spm_periodid"] = new EntityReference("spm_period", org.Q1),
            });
            org.Service.Create(new Entity("spm_target")
            {
                ["spm_name"] = "Satisfaction", ["ownerid"] = new EntityReference("systemuser", owner), ["spm_kpiid"] = new EntityReference("spm_kpi", kpi),
                ["spm_periodid"] = new EntityReference("spm_period", org.Q1), ["spm_scorecardid"] = new EntityReference("spm_scorecard", scorecard),
                ["spm_targetvalue"] = 100m, ["spm_weight"] = 100m,
            });
        }

        return (org, li, org.As(li));
    }

    private static Guid WinAsRep(CommissionOrg org, IOrganizationService asLi, Guid li)
    {
        var deal = asLi.Create(new Entity("opportunity")
        {
            ["name"] = "Acme renewal",
            ["customerid"] = new EntityReference("account", org.Customer),
            ["ownerid"] = new EntityReference("systemuser", li),
            ["estimatedvalue"] = new Money(10000m),
            ["estimatedclosedate"] = Date("2026-03-20"),
        });
        asLi.Execute(new OrganizationRequest("WinOpportunity")
        {
            ["OpportunityClose"] = new Entity("opportunityclose")
            {
                ["opportunityid"] = new EntityReference("opportunity", deal),
                ["actualrevenue"] = new Money(10000m),
                ["actualend"] = Date("2026-03-20"),
            },
            ["Status"] = new OptionSetValue(3),
        });
        return deal;
    }

    private static int Count(IOrganizationService service, string table, string column) =>
        service.RetrieveMultiple(new QueryExpression(table) { ColumnSet = new ColumnSet(column) }).Entities.Count;

    [Fact]
    public void RepDay_SalesPerfRepAndSalesperson_WinsOrdersReadsOwnRowsOnlyEstimatesAndDisputes()
    {
        var (org, li, asLi) = RepOrg();

        WinAsRep(org, asLi, li);
        var order = asLi.Create(new Entity("salesorder")
        {
            ["name"] = "Acme renewal order", ["ownerid"] = new EntityReference("systemuser", li), ["customerid"] = new EntityReference("account", org.Customer),
        });
        Assert.Equal("Acme renewal order", asLi.Retrieve("salesorder", order, new ColumnSet("name")).GetAttributeValue<string>("name"));

        var statements = asLi.RetrieveMultiple(new QueryExpression("spm_commissionstatement") { ColumnSet = new ColumnSet("spm_name", "spm_payableamount", "ownerid") }).Entities;
        var own = Assert.Single(statements);
        Assert.Equal(500m, Money(own, "spm_payableamount"));
        Assert.Equal(1, Count(asLi, "spm_target", "spm_name"));
        Assert.Equal(1, Count(asLi, "spm_scorecard", "spm_name"));
        Assert.Equal(2, Count(org.Service, "spm_target", "spm_name"));

        var open = asLi.Create(new Entity("opportunity")
        {
            ["name"] = "Acme expansion", ["customerid"] = new EntityReference("account", org.Customer), ["ownerid"] = new EntityReference("systemuser", li),
        });
        var estimate = asLi.Execute(new OrganizationRequest("spm_EstimateCommission")
        {
            ["Opportunity"] = new EntityReference("opportunity", open), ["Amount"] = 10000m, ["CloseDate"] = Date("2026-03-25"),
        });
        Assert.Equal(500m, (decimal)estimate.Results["Commission"]);

        org.Q1Ended();
        org.Dispute(li, own.Id, "The Acme renewal should count double.");
        Assert.Equal(Disputed, asLi.Retrieve("spm_commissionstatement", own.Id, new ColumnSet("statuscode")).GetAttributeValue<OptionSetValue>("statuscode").Value);
    }

    [Fact]
    public void RepDay_ManagersVerbs_AreRefused()
    {
        var (org, li, asLi) = RepOrg();
        WinAsRep(org, asLi, li);
        var own = org.Statement(li, org.Q1).Id;

        var approve = Fault(() => org.SetStatus(li, own, Approved));
        var recalculate = Fault(() => asLi.Execute(new OrganizationRequest("spm_Recalculate") { ["Period"] = new EntityReference("spm_period", org.Q1) }));
        var bobs = org.Statement(org.Bob, org.Q1).Id;
        var othersRow = Fault(() => asLi.Retrieve("spm_commissionstatement", bobs, new ColumnSet("spm_name")));

        Assert.StartsWith("[SPM-STM-002] Commission statement 'Li Q1': 'Open → Approved' may be done only by Manager/Admin, and you are Rep.", approve.Message);
        Assert.Contains("prvWritespm_target", recalculate.Message, StringComparison.Ordinal);
        Assert.NotNull(othersRow);
        Assert.Equal(Open, org.Service.Retrieve("spm_commissionstatement", own, new ColumnSet("statuscode")).GetAttributeValue<OptionSetValue>("statuscode").Value);
    }

    [Fact]
    public void SalesPerfRepAlone_CannotOpenAnOpportunity_NorCreateAnOrder()
    {
        var (org, li, asLi) = RepOrg("SalesPerf Rep");

        var deal = Fault(() => asLi.Create(new Entity("opportunity")
        {
            ["name"] = "Acme renewal", ["customerid"] = new EntityReference("account", org.Customer), ["ownerid"] = new EntityReference("systemuser", li),
        }));
        var read = Fault(() => asLi.RetrieveMultiple(new QueryExpression("opportunity") { ColumnSet = new ColumnSet("name") }));
        var order = Fault(() => asLi.Create(new Entity("salesorder")
        {
            ["name"] = "Order", ["ownerid"] = new EntityReference("systemuser", li), ["customerid"] = new EntityReference("account", org.Customer),
        }));

        Assert.Contains("is missing prvCreateOpportunity privilege", deal.Message, StringComparison.Ordinal);
        Assert.Contains("is missing prvReadOpportunity privilege", read.Message, StringComparison.Ordinal);
        Assert.Contains("is missing prvCreateOrder privilege", order.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(org.Org.Rows("opportunity"), o => o.GetAttributeValue<EntityReference>("ownerid").Id == li);
        // Her SalesPerf side still works: her own target is readable.
        Assert.Equal(1, Count(asLi, "spm_target", "spm_name"));
    }

    [Fact]
    public void SalespersonAlone_WorksDeals_ButSeesNoSalesPerfNumber()
    {
        var (org, li, asLi) = RepOrg("Salesperson");

        WinAsRep(org, asLi, li);

        var targets = Fault(() => asLi.RetrieveMultiple(new QueryExpression("spm_target") { ColumnSet = new ColumnSet("spm_name") }));
        Assert.Contains("is missing prvReadspm_target privilege", targets.Message, StringComparison.Ordinal);
        // The win still moved her numbers (the engine runs as SYSTEM): the statement exists, she just cannot read it.
        Assert.Equal(500m, Money(org.Statement(li, org.Q1), "spm_payableamount"));
    }

    [Fact]
    public void SalesManagerWithSalesPerfManager_ReadsTheTeamsDealsAndCreatesForTheUnit_RepCannotWorkAColleaguesOrder()
    {
        var (org, li, asLi) = RepOrg();
        var mei = org.Org.CreateUser("Mei Chen");
        org.Org.AssignRole(mei, "SalesPerf Manager");
        org.Org.AssignRole(mei, "Sales Manager");
        var asMei = org.As(mei);
        var deal = WinAsRep(org, asLi, li);

        // Sales Manager creates for anyone of her business unit (Local); Salesperson only for herself (Basic).
        var forLi = asMei.Create(new Entity("opportunity")
        {
            ["name"] = "Acme add-on", ["customerid"] = new EntityReference("account", org.Customer), ["ownerid"] = new EntityReference("systemuser", li),
            ["estimatedvalue"] = new Money(5000m), ["estimatedclosedate"] = Date("2026-03-28"),
        });
        Assert.Equal("Acme renewal", asMei.Retrieve("opportunity", deal, new ColumnSet("name")).GetAttributeValue<string>("name"));
        Assert.Equal(li, asLi.Retrieve("opportunity", forLi, new ColumnSet("ownerid")).GetAttributeValue<EntityReference>("ownerid").Id);
        var forMei = Fault(() => asLi.Create(new Entity("opportunity")
        {
            ["name"] = "For Mei", ["customerid"] = new EntityReference("account", org.Customer), ["ownerid"] = new EntityReference("systemuser", mei),
        }));
        Assert.Contains("does not have CreateAccess", forMei.Message, StringComparison.Ordinal);
    }
}
