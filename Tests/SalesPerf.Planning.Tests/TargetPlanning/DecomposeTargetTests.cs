using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Planning.Tests.Support;
using static SalesPerf.Planning.Tests.Support.PlanningOrg;

namespace SalesPerf.Planning.Tests.TargetPlanning;

public sealed class DecomposeTargetTests
{
    [Fact]
    public void Decompose_TwelveMillionByQuarter_CreatesFourTargetsOfThreeMillion()
    {
        var (org, year) = YearTarget(12_000_000m);

        var response = org.Execute("spm_DecomposeTarget", ("Target", new EntityReference("spm_target", year)), ("PeriodType", Quarter));

        Assert.Equal(4, response["Created"]);
        var children = org.Children(year);
        Assert.Equal(new[] { 3_000_000m, 3_000_000m, 3_000_000m, 3_000_000m }, children.Select(c => c.GetAttributeValue<decimal>("spm_targetvalue")));
        Assert.Equal(new[] { "FY2026-Q1", "FY2026-Q2", "FY2026-Q3", "FY2026-Q4" }, children.Select(c => (string)c.GetAttributeValue<AliasedValue>("p.spm_code").Value));
        var parent = org.Target(year);
        Assert.All(children, child =>
        {
            Assert.Equal(parent.GetAttributeValue<EntityReference>("ownerid").Id, child.GetAttributeValue<EntityReference>("ownerid").Id);
            Assert.Equal(parent.GetAttributeValue<EntityReference>("spm_kpiid").Id, child.GetAttributeValue<EntityReference>("spm_kpiid").Id);
            Assert.Equal(100000000, child.GetAttributeValue<OptionSetValue>("spm_rollupsource").Value);
        });
        Assert.Equal(12_000_000m, parent.GetAttributeValue<decimal>("spm_allocatedvalue"));
        Assert.Equal(0m, parent.GetAttributeValue<decimal>("spm_allocationvariance"));
    }

    [Fact]
    public void Decompose_TwelveMillionByMonth_CreatesTwelveTargetsOfOneMillion()
    {
        var (org, year) = YearTarget(12_000_000m);

        var response = org.Execute("spm_DecomposeTarget", ("Target", new EntityReference("spm_target", year)), ("PeriodType", Month));

        Assert.Equal(12, response["Created"]);
        Assert.All(org.Children(year), c => Assert.Equal(1_000_000m, c.GetAttributeValue<decimal>("spm_targetvalue")));
    }

    [Fact]
    public void Decompose_HundredThousandByMonth_GivesTheRemainderToTheLastMonth()
    {
        var (org, year) = YearTarget(100_000m);

        org.Execute("spm_DecomposeTarget", ("Target", new EntityReference("spm_target", year)), ("PeriodType", Month));

        var values = org.Children(year).Select(c => c.GetAttributeValue<decimal>("spm_targetvalue")).ToList();
        Assert.Equal(Enumerable.Repeat(8_333.33m, 11).Concat(new[] { 8_333.37m }), values);
        Assert.Equal(100_000m, values.Sum());
        Assert.Equal(0m, org.Target(year).GetAttributeValue<decimal>("spm_allocationvariance"));
    }

    [Fact]
    public void Decompose_SeasonalWeightsByQuarter_SplitsByTheWeights()
    {
        var (org, year) = YearTarget(1_000_000m);

        org.Execute(
            "spm_DecomposeTarget",
            ("Target", new EntityReference("spm_target", year)), ("PeriodType", Quarter), ("Weights", "10, 20, 30, 40"));

        Assert.Equal(
            new[] { 100_000m, 200_000m, 300_000m, 400_000m },
            org.Children(year).Select(c => c.GetAttributeValue<decimal>("spm_targetvalue")));
    }

    [Fact]
    public void Decompose_WeightsSummingTo99_FaultsAndCreatesNothing()
    {
        var (org, year) = YearTarget(1_000_000m);
        var before = org.Count("spm_target");

        var fault = Fault(() => org.Execute(
            "spm_DecomposeTarget",
            ("Target", new EntityReference("spm_target", year)), ("PeriodType", Quarter), ("Weights", "10,20,30,39")));

        Assert.Equal(
            "[SPM-TGT-005] Target 'Alice revenue FY2026': the seasonal weights must add up to 100 (they add up to 99). Adjust the weights so that their sum is exactly 100.",
            fault.Detail.Message);
        Assert.Equal(before, org.Count("spm_target"));
        Assert.Null(org.Target(year).GetAttributeValue<decimal?>("spm_allocatedvalue"));
    }

    [Fact]
    public void Decompose_WrongNumberOfWeights_FaultsNamingBothCounts()
    {
        var (org, year) = YearTarget(1_000_000m);

        var fault = Fault(() => org.Execute(
            "spm_DecomposeTarget",
            ("Target", new EntityReference("spm_target", year)), ("PeriodType", Quarter), ("Weights", "50,50")));

        Assert.StartsWith("[SPM-TGT-011] Target 'Alice revenue FY2026': 2 seasonal weights were given for 4 child periods.", fault.Detail.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decompose_IntoYears_FaultsAsNotShorter()
    {
        var (org, year) = YearTarget(1_000_000m);

        var fault = Fault(() => org.Execute("spm_DecomposeTarget", ("Target", new EntityReference("spm_target", year)), ("PeriodType", Year)));

        Assert.StartsWith("[SPM-TGT-014]", fault.Detail.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decompose_Twice_ResplitsWithoutDuplicates()
    {
        var (org, year) = YearTarget(1_000_000m);
        var target = new EntityReference("spm_target", year);
        org.Execute("spm_DecomposeTarget", ("Target", target), ("PeriodType", Quarter));

        var again = org.Execute("spm_DecomposeTarget", ("Target", target), ("PeriodType", Quarter), ("Weights", "40,30,20,10"));

        Assert.Equal(0, again["Created"]);
        Assert.Equal(
            new[] { 400_000m, 300_000m, 200_000m, 100_000m },
            org.Children(year).Select(c => c.GetAttributeValue<decimal>("spm_targetvalue")));
        Assert.Equal(1_000_000m, org.Target(year).GetAttributeValue<decimal>("spm_allocatedvalue"));
    }

    [Fact]
    public void ChildValueChanged_AfterDecomposition_KeepsTheParentReconciled()
    {
        var (org, year) = YearTarget(12_000_000m);
        org.Execute("spm_DecomposeTarget", ("Target", new EntityReference("spm_target", year)), ("PeriodType", Quarter));
        var q1 = org.Children(year)[0].Id;

        org.Service.Update(new Entity("spm_target", q1) { ["spm_targetvalue"] = 2_500_000m });

        var parent = org.Target(year);
        Assert.Equal(11_500_000m, parent.GetAttributeValue<decimal>("spm_allocatedvalue"));
        Assert.Equal(500_000m, parent.GetAttributeValue<decimal>("spm_allocationvariance"));
    }

    private static (PlanningOrg Org, Guid Year) YearTarget(decimal value)
    {
        var org = new PlanningOrg();
        org.CreateYear(2026);
        var alice = org.Org.CreateUser("Alice Wang");
        var kpi = org.CreateKpi("REV", MeasureRevenue);
        return (org, org.CreateTarget("Alice revenue FY2026", alice, kpi, org.Period("FY2026").Id, value));
    }
}
