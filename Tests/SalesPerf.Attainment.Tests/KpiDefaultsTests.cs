using Microsoft.Xrm.Sdk;
using SalesPerf.Attainment.Tests.Support;
using SalesPerf.Plugins.Kpis;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.Attainment.Tests;

/// <summary>
/// A KPI created without a direction or unit takes its measure's (domain doc section 3), through the Pre-operation
/// Create step registered on <c>spm_kpi</c>; given values are kept, except HigherIsBetter on SalesCycleDays, which
/// cannot be told from the table's default and is lower is better by definition.
/// </summary>
public sealed class KpiDefaultsTests
{
    private const int HigherIsBetter = 100000000;
    private const int LowerIsBetter = 100000001;
    private const int Amount = 100000000;
    private const int Count = 100000001;
    private const int Percent = 100000002;
    private const int Days = 100000003;

    [Theory]
    [InlineData(Measures.Revenue, HigherIsBetter, Amount)]
    [InlineData(Measures.WonDeals, HigherIsBetter, Count)]
    [InlineData(Measures.WinRate, HigherIsBetter, Percent)]
    [InlineData(Measures.SalesCycleDays, LowerIsBetter, Days)]
    [InlineData(Measures.NewCustomers, HigherIsBetter, Count)]
    [InlineData(100000005, HigherIsBetter, Percent)] // NewCustomerRevenueShare
    [InlineData(Measures.OrderAmount, HigherIsBetter, Amount)]
    [InlineData(Measures.GrossMargin, HigherIsBetter, Amount)]
    [InlineData(100000008, HigherIsBetter, Percent)] // GrossMarginPercent
    [InlineData(Measures.CollectedAmount, HigherIsBetter, Amount)]
    [InlineData(Measures.CollectionRate, HigherIsBetter, Percent)]
    [InlineData(100000011, HigherIsBetter, Percent)] // RevenueGrowth
    [InlineData(100000012, HigherIsBetter, Percent)] // RepeatPurchaseRate
    public void Create_NoDirectionNoUnit_TakesTheMeasures(int measure, int direction, int unit)
    {
        var org = new SalesOrg();

        var kpi = org.Kpi("KPI " + measure, measure);

        var row = org.Row("spm_kpi", kpi);
        Assert.Equal(direction, row.GetAttributeValue<OptionSetValue>("spm_direction")?.Value);
        Assert.Equal(unit, row.GetAttributeValue<OptionSetValue>("spm_unit")?.Value);
    }

    [Fact]
    public void Create_SalesCycleDaysWithHigherIsBetter_BecomesLowerIsBetter()
    {
        var org = new SalesOrg();

        var kpi = org.Kpi("Cycle", Measures.SalesCycleDays, direction: HigherIsBetter);

        Assert.Equal(LowerIsBetter, org.Row("spm_kpi", kpi).GetAttributeValue<OptionSetValue>("spm_direction")?.Value);
    }

    [Fact]
    public void Create_GivenDirectionAndUnit_AreKept()
    {
        var org = new SalesOrg();

        var id = org.Service.Create(new Entity("spm_kpi")
        {
            ["spm_name"] = "Complaint response days",
            ["spm_code"] = "RESPONSE",
            ["spm_measure"] = new OptionSetValue(Measures.Manual),
            ["spm_direction"] = new OptionSetValue(LowerIsBetter),
            ["spm_unit"] = new OptionSetValue(Days),
        });

        var row = org.Row("spm_kpi", id);
        Assert.Equal(LowerIsBetter, row.GetAttributeValue<OptionSetValue>("spm_direction")?.Value);
        Assert.Equal(Days, row.GetAttributeValue<OptionSetValue>("spm_unit")?.Value);
    }

    [Fact]
    public void Create_RunsThroughTheDeclaredPreOperationStep()
    {
        var org = new SalesOrg();

        org.Kpi("Cycle", Measures.SalesCycleDays);

        var step = Assert.Single(PluginCatalog.ReadSteps(typeof(KpiDefaultsPlugin)));
        Assert.Equal(PipelineStage.PreOperation, step.Stage);
        Assert.Equal(MessageNames.Create, step.Message);
        Assert.Equal("spm_kpi", step.PrimaryEntity);
        Assert.Contains(org.Org.StepLog.For(typeof(KpiDefaultsPlugin).FullName!), e => e.Stage == 20 && e.Message == MessageNames.Create);
    }
}
