using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg.Security;
using SalesPerf.Planning.Tests.Support;
using SalesPerf.Plugins.TargetPlanning;
using static SalesPerf.Planning.Tests.Support.PlanningOrg;

namespace SalesPerf.Planning.Tests.TargetPlanning;

public sealed class RecalculateTests
{
    [Fact]
    public void Recalculate_NoParameters_RecomputesEveryActiveTarget()
    {
        var setup = Setup();

        var response = Run(setup.Org, null, null);

        Assert.Equal(5, response.Targets);
        Assert.Equal(0, response.Statements);
    }

    [Fact]
    public void Recalculate_ByOwner_RecomputesOnlyTheirTargets()
    {
        var setup = Setup();

        var response = Run(setup.Org, null, new EntityReference("systemuser", setup.Alice));

        Assert.Equal(3, response.Targets);
    }

    [Fact]
    public void Recalculate_ByQuarter_RecomputesTheQuarterAndTheMonthsInsideIt()
    {
        var setup = Setup();

        var response = Run(setup.Org, new EntityReference("spm_period", setup.Org.Period("FY2026-Q1").Id), null);

        Assert.Equal(3, response.Targets);
    }

    [Fact]
    public void Recalculate_ByOwnerAndQuarter_CombinesBothFilters()
    {
        var setup = Setup();

        var response = Run(setup.Org, new EntityReference("spm_period", setup.Org.Period("FY2026-Q1").Id), new EntityReference("systemuser", setup.Bob));

        Assert.Equal(1, response.Targets);
    }

    [Fact]
    public void Recalculate_OwnerWithAnOpenStatement_RecomputesItWithoutChangingIt()
    {
        var setup = Setup();
        var org = setup.Org;
        var q1 = new EntityReference("spm_period", org.Period("FY2026-Q1").Id);
        var plan = org.Service.Create(new Entity("spm_commissionplan")
        {
            ["spm_name"] = "Hunters", ["spm_basis"] = new OptionSetValue(100000000), ["spm_tierscope"] = new OptionSetValue(100000000),
            ["spm_tiermode"] = new OptionSetValue(100000001), ["spm_tierbasis"] = new OptionSetValue(100000001),
            ["spm_effectivefrom"] = Date("2026-01-01"),
        });
        org.Service.Create(new Entity("spm_commissiontier")
        {
            ["spm_name"] = "All", ["spm_commissionplanid"] = new EntityReference("spm_commissionplan", plan), ["spm_lowerbound"] = 0m, ["spm_ratepercent"] = 4m,
        });
        org.Service.Create(new Entity("spm_planassignment")
        {
            ["spm_name"] = "Alice Q1", ["ownerid"] = new EntityReference("systemuser", setup.Alice),
            ["spm_commissionplanid"] = new EntityReference("spm_commissionplan", plan), ["spm_periodid"] = q1, ["spm_quotaamount"] = new Money(100_000m),
        });
        var account = org.Service.Create(new Entity("account") { ["name"] = "Acme" });
        var deal = org.Org.ServiceFor(setup.Alice).Create(new Entity("opportunity")
        {
            ["name"] = "Deal 1", ["customerid"] = new EntityReference("account", account), ["estimatedvalue"] = new Money(20_000m),
        });
        org.Execute(
            "WinOpportunity",
            ("OpportunityClose", new Entity("opportunityclose")
            {
                ["opportunityid"] = new EntityReference("opportunity", deal), ["actualrevenue"] = new Money(20_000m), ["actualend"] = Date("2026-02-10"),
            }),
            ("Status", new OptionSetValue(3)));
        var before = org.Single("spm_commissionstatement", "ownerid", setup.Alice, "spm_payableamount", "modifiedon");

        var response = Run(org, null, new EntityReference("systemuser", setup.Alice));

        Assert.Equal(1, response.Statements);
        var after = org.Single("spm_commissionstatement", "ownerid", setup.Alice, "spm_payableamount", "modifiedon");
        Assert.Equal(800m, after.GetAttributeValue<Money>("spm_payableamount").Value);
        Assert.Equal(before.GetAttributeValue<DateTime>("modifiedon"), after.GetAttributeValue<DateTime>("modifiedon"));
    }

    private static RecalculateTotals Run(PlanningOrg org, EntityReference? period, EntityReference? owner) =>
        RecalculateRun.ToEnd(org.Service, period, owner);

    private static (PlanningOrg Org, Guid Alice, Guid Bob) Setup()
    {
        var org = new PlanningOrg();
        org.CreateYear(2026);
        var alice = org.Org.CreateUser("Alice Wang");
        var bob = org.Org.CreateUser("Bob Chen");
        org.Org.AssignRole(alice, BuiltInRole.SystemCustomizer.TemplateId);
        var kpi = org.CreateKpi("REV", MeasureRevenue);
        org.CreateTarget("Alice year", alice, kpi, org.Period("FY2026").Id, 1_000_000m);
        org.CreateTarget("Alice Q1", alice, kpi, org.Period("FY2026-Q1").Id, 250_000m);
        org.CreateTarget("Alice M02", alice, kpi, org.Period("FY2026-M02").Id, 80_000m);
        org.CreateTarget("Bob Q1", bob, kpi, org.Period("FY2026-Q1").Id, 200_000m);
        var inactive = org.CreateTarget("Bob Q2 (inactive)", bob, kpi, org.Period("FY2026-Q2").Id, 200_000m);
        org.Service.Update(new Entity("spm_target", inactive) { ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(2) });
        org.CreateTarget("Bob Q3", bob, kpi, org.Period("FY2026-Q3").Id, 200_000m);
        return (org, alice, bob);
    }
}
