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
/// organisation checks only the solution's own tables, so the base role's grants on opportunities, accounts and closes
/// are not modelled: this rep holds SalesPerf Rep alone (no System Customizer), which is exactly what the SalesPerf side
/// of her day needs, and nothing more. Her day: a deal created and won, her own target, scorecard and statement read
/// (and nobody else's), an estimate on an open deal, her statement disputed; a manager's verb is refused.
/// </summary>
public sealed class RepDayTests
{
    private static (CommissionOrg Org, Guid Li, IOrganizationService AsLi) RepOrg()
    {
        var org = CommissionOrg.Create();
        var li = org.Org.CreateUser("Li Na", org.Nancy);
        org.Org.AssignRole(li, "SalesPerf Rep");
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
    public void RepDay_SalesPerfRepRole_WinsReadsOwnRowsOnlyEstimatesAndDisputes()
    {
        var (org, li, asLi) = RepOrg();

        WinAsRep(org, asLi, li);

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
}
