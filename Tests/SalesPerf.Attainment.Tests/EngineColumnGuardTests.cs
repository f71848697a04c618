using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.Attainment.Tests.Support;

namespace SalesPerf.Attainment.Tests;

/// <summary>
/// Domain doc section 1: every computed column is written only by the engine. Outside spm_target that is the
/// scorecard's results and the stamps on opportunities, orders and invoices (section 2); a user's write is refused
/// with SPM-CMP-001 and changes nothing, while the engine's own writes still land.
/// </summary>
public sealed class EngineColumnGuardTests
{
    [Fact]
    public void UpdateScorecard_UserWritesWeightedScore_RefusedNamingTheRecordAndColumn()
    {
        var org = new SalesOrg();
        var rep = org.User("Alice");
        var card = org.Scorecard(rep, org.Fy2026().Q1);
        var name = org.Row("spm_scorecard", card).GetAttributeValue<string>("spm_name");

        var fault = Assert.ThrowsAny<Exception>(() => org.Service.Update(new Entity("spm_scorecard", card) { ["spm_weightedscore"] = 120m }));

        Assert.Contains($"[SPM-CMP-001] Record '{name}' (spm_scorecard): the column 'spm_weightedscore' is calculated by SalesPerf", fault.Message, StringComparison.Ordinal);
        Assert.Null(org.Number("spm_scorecard", card, "spm_weightedscore"));
    }

    [Fact]
    public void CreateScorecard_WithRank_Refused()
    {
        var org = new SalesOrg();
        var rep = org.User("Alice");
        var q1 = org.Fy2026().Q1;

        var fault = Assert.ThrowsAny<Exception>(() => org.Service.Create(new Entity("spm_scorecard")
        {
            ["spm_name"] = "Alice Q1",
            ["ownerid"] = new EntityReference("systemuser", rep),
            ["spm_periodid"] = new EntityReference("spm_period", q1),
            ["spm_rank"] = 1,
        }));

        Assert.Contains("[SPM-CMP-001] Record 'Alice Q1' (spm_scorecard): the column 'spm_rank'", fault.Message, StringComparison.Ordinal);
        Assert.Equal(0, org.Count("spm_scorecard"));
    }

    [Fact]
    public void UpdateOpportunity_UserWritesSalesCycleDays_RefusedAndWinStillStamps()
    {
        var org = new SalesOrg();
        var rep = org.User("Alice");
        org.Fy2026();
        var deal = org.Opportunity(rep, 1_000m, "2026-02-10");
        var name = org.Row("opportunity", deal).GetAttributeValue<string>("name");

        var fault = Assert.ThrowsAny<Exception>(() => org.Service.Update(new Entity("opportunity", deal) { ["spm_salescycledays"] = 3 }));
        org.Win(deal, 1_000m, "2026-02-10");

        Assert.Contains($"[SPM-CMP-001] Record '{name}' (opportunity): the column 'spm_salescycledays'", fault.Message, StringComparison.Ordinal);
        Assert.True(org.Row("opportunity", deal).GetAttributeValue<bool?>("spm_isnewcustomer"));
    }

    [Fact]
    public void CreateSalesOrder_WithGrossMargin_Refused()
    {
        var org = new SalesOrg();
        var rep = org.User("Alice");

        var fault = Assert.ThrowsAny<Exception>(() => org.Service.Create(new Entity("salesorder")
        {
            ["name"] = "Order A",
            ["ownerid"] = new EntityReference("systemuser", rep),
            ["customerid"] = new EntityReference("account", org.Customer),
            ["spm_grossmargin"] = new Money(500m),
        }));

        Assert.Contains("[SPM-CMP-001] Record 'Order A' (salesorder): the column 'spm_grossmargin'", fault.Message, StringComparison.Ordinal);
        Assert.Equal(0, org.Count("salesorder"));
    }

    [Fact]
    public void UpdateInvoice_UserWritesAmountPaid_Refused()
    {
        var org = new SalesOrg();
        var rep = org.User("Alice");
        var invoice = org.Service.Create(new Entity("invoice")
        {
            ["name"] = "Invoice 1",
            ["ownerid"] = new EntityReference("systemuser", rep),
            ["customerid"] = new EntityReference("account", org.Customer),
        });

        var fault = Assert.ThrowsAny<Exception>(() => org.Service.Update(new Entity("invoice", invoice) { ["spm_amountpaid"] = new Money(10m) }));

        Assert.Contains("[SPM-CMP-001] Record 'Invoice 1' (invoice): the column 'spm_amountpaid'", fault.Message, StringComparison.Ordinal);
        Assert.Null(org.Number("invoice", invoice, "spm_amountpaid"));
    }
}
