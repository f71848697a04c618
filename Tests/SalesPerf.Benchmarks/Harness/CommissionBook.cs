using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg;

namespace SalesPerf.Benchmarks.Harness;

/// <summary>
/// The late-event case (docs/benchmarks.md "Late events"): a rep's Q1 commission statement under a PeriodCumulative,
/// Marginal plan (0–100,000 at 4 %, 100,000+ at 6 %) holding <see cref="Lines"/> lines of 100 each, won in February
/// and March. The deals are loaded as a migration loads them; the plan and the assignment are created through the
/// steps, which build the statement. Measured events win deals dated earlier than every line already there.
/// </summary>
public sealed class CommissionBook
{
    /// <summary>The close date of a single back-dated win: the first working day of the period.</summary>
    public static readonly DateTime BackDate = new(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc);

    public const decimal LateRevenue = 1_000m;

    private int _deals;

    private CommissionBook(LocalOrganization org, Guid rep, Guid customer, int lines)
    {
        Org = org;
        Rep = rep;
        Customer = customer;
        Lines = lines;
    }

    public LocalOrganization Org { get; }

    public Guid Rep { get; }

    public Guid Customer { get; }

    public int Lines { get; }

    public static CommissionBook Seed(int lines)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(lines);
        var org = new LocalOrganization(new LocalOrganizationOptions { UtcNow = new DateTime(2026, 3, 31, 12, 0, 0, DateTimeKind.Utc) });
        var service = org.Service;
        var rep = org.CreateUser("Alice");
        var customer = MigrationRequests.Create(service, new Entity("account") { ["name"] = "Existing customer" });
        var book = new CommissionBook(org, rep, customer, lines);
        for (var i = 0; i < lines; i++)
        {
            var deal = book.NewOpenDeal();
            MigrationRequests.Close(service, deal, won: true, new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(i % 59), 100m);
        }

        var quarter = service.Create(new Entity("spm_period")
        {
            ["spm_name"] = "FY2026-Q1",
            ["spm_code"] = "FY2026-Q1",
            ["spm_periodtype"] = new OptionSetValue(100000002),
            ["spm_startdate"] = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            ["spm_enddate"] = new DateTime(2026, 3, 31, 0, 0, 0, DateTimeKind.Utc),
            ["spm_fiscalyear"] = 2026,
        });
        var plan = service.Create(new Entity("spm_commissionplan")
        {
            ["spm_name"] = "Hunters",
            ["spm_basis"] = new OptionSetValue(100000000),
            ["spm_tierscope"] = new OptionSetValue(100000000),
            ["spm_tiermode"] = new OptionSetValue(100000001),
            ["spm_tierbasis"] = new OptionSetValue(100000001),
        });
        Tier(service, plan, 0m, 100_000m, 4m);
        Tier(service, plan, 100_000m, null, 6m);
        service.Create(new Entity("spm_planassignment")
        {
            ["spm_name"] = "Alice Q1",
            ["ownerid"] = new EntityReference("systemuser", rep),
            ["spm_commissionplanid"] = new EntityReference("spm_commissionplan", plan),
            ["spm_periodid"] = new EntityReference("spm_period", quarter),
            ["spm_quotaamount"] = new Money(1_000_000m),
        });
        org.StepLog.Clear();
        return book;
    }

    /// <summary>An open deal of the rep, loaded without steps.</summary>
    public Guid NewOpenDeal()
    {
        _deals++;
        return MigrationRequests.Create(Org.Service, new Entity("opportunity")
        {
            ["name"] = "Deal " + _deals.ToString(CultureInfo.InvariantCulture),
            ["ownerid"] = new EntityReference("systemuser", Rep),
            ["customerid"] = new EntityReference("account", Customer),
            ["estimatedvalue"] = new Money(100m),
            ["estimatedclosedate"] = BackDate,
        });
    }

    /// <summary>Wins the deal through the pipeline with every real step.</summary>
    public void Win(Guid deal, DateTime closeDate, decimal revenue) => Org.Service.Execute(new OrganizationRequest("WinOpportunity")
    {
        ["OpportunityClose"] = new Entity("opportunityclose")
        {
            ["opportunityid"] = new EntityReference("opportunity", deal),
            ["actualend"] = closeDate,
            ["actualrevenue"] = new Money(revenue),
        },
        ["Status"] = new OptionSetValue(3),
    });

    /// <summary>Wins a new deal dated at the start of the period and returns what the plug-ins spent on it.</summary>
    public EventCost MeasureBackDatedWin()
    {
        var deal = NewOpenDeal();
        Org.ServiceCalls.Reset();
        Win(deal, BackDate, LateRevenue);
        return new EventCost(Org.ServiceCalls.Total, Org.ServiceCalls.RowsReturned);
    }

    /// <summary>Wins the deals one by one, each dated a day before the one won before it (the latest first): every win is late.</summary>
    public void WinLatestFirst(IReadOnlyList<Guid> deals)
    {
        ArgumentNullException.ThrowIfNull(deals);
        for (var i = 0; i < deals.Count; i++)
        {
            Win(deals[i], new DateTime(2026, 3, 31, 0, 0, 0, DateTimeKind.Utc).AddDays(-(i % 90)), 100m);
        }
    }

    /// <summary><paramref name="wins"/> wins in reverse date order on a fresh book; what the plug-ins spent on all of them.</summary>
    public static EventCost MeasureOutOfOrderWins(int wins)
    {
        var book = Seed(0);
        var deals = Enumerable.Range(0, wins).Select(_ => book.NewOpenDeal()).ToList();
        book.Org.ServiceCalls.Reset();
        book.WinLatestFirst(deals);
        return new EventCost(book.Org.ServiceCalls.Total, book.Org.ServiceCalls.RowsReturned);
    }

    private static void Tier(IOrganizationService service, Guid plan, decimal lower, decimal? upper, decimal rate)
    {
        var tier = new Entity("spm_commissiontier")
        {
            ["spm_name"] = lower.ToString(CultureInfo.InvariantCulture) + "+",
            ["spm_commissionplanid"] = new EntityReference("spm_commissionplan", plan),
            ["spm_lowerbound"] = lower,
            ["spm_ratepercent"] = rate,
        };
        if (upper is decimal value)
        {
            tier["spm_upperbound"] = value;
        }

        service.Create(tier);
    }
}
