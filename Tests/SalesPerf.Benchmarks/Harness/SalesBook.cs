using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg;
using SalesPerf.LocalOrg.Pipeline;

namespace SalesPerf.Benchmarks.Harness;

/// <summary>
/// A local organisation with the plug-ins' real step registrations, set up as the call-budget worked case
/// (docs/attainment.md): a rep in a team; Revenue, Won deals, Win rate and Sales cycle targets for February, Q1 and
/// FY2026; a team Revenue parent rolling up the rep's Q1 target; a Q1 scorecard. The rep's book of
/// <see cref="OpportunitiesPerRep"/> opportunities (<see cref="SeedPattern"/>) is loaded as a migration would, without
/// running the steps; the configuration is created normally, through the steps.
/// </summary>
public sealed class SalesBook
{
    /// <summary>The close date of every measured win: inside the February, Q1 and FY2026 targets.</summary>
    public static readonly DateTime EventDate = new(2026, 2, 10, 0, 0, 0, DateTimeKind.Utc);

    public const decimal EventRevenue = 20_000m;

    /// <summary>The periods of the worked case's targets: February, Q1 and FY2026.</summary>
    public static readonly IReadOnlyList<PeriodRange> EventPeriods =
    [
        new("FY2026-M02", new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 2, 28, 0, 0, 0, DateTimeKind.Utc)),
        new("FY2026-Q1", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 3, 31, 0, 0, 0, DateTimeKind.Utc)),
        new("FY2026", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 12, 31, 0, 0, 0, DateTimeKind.Utc)),
    ];

    private int _eventDeals;

    private SalesBook(LocalOrganization org, Guid rep, Guid teamRevenueTarget, Guid yearRevenueTarget, int opportunitiesPerRep, IReadOnlyList<StepLogEntry> stepsRunWhileLoading)
    {
        StepsRunWhileLoading = stepsRunWhileLoading;
        Org = org;
        Rep = rep;
        TeamRevenueTarget = teamRevenueTarget;
        YearRevenueTarget = yearRevenueTarget;
        OpportunitiesPerRep = opportunitiesPerRep;
    }

    public LocalOrganization Org { get; }

    public Guid Rep { get; }

    public Guid TeamRevenueTarget { get; }

    public Guid YearRevenueTarget { get; }

    public int OpportunitiesPerRep { get; }

    /// <summary>
    /// Steps the organisation ran while the book was loaded with BypassCustomPluginExecution: none on the loading
    /// requests themselves; the local organisation still runs steps on the internal Create and Update of a bypassed
    /// Win or Lose (docs/benchmarks.md).
    /// </summary>
    public IReadOnlyList<StepLogEntry> StepsRunWhileLoading { get; }

    public static SalesBook Seed(int opportunitiesPerRep)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(opportunitiesPerRep);
        var org = new LocalOrganization(new LocalOrganizationOptions { UtcNow = new DateTime(2026, 2, 14, 9, 0, 0, DateTimeKind.Utc) });
        var service = org.Service;
        var rep = org.CreateUser("Alice");
        var team = org.CreateTeam("East", [rep, org.CreateUser("Bob")]);
        org.StepLog.Clear();
        LoadBook(service, rep, opportunitiesPerRep);
        var stepsRunWhileLoading = org.StepLog.ToList();

        service.Create(new Entity("spm_period")
        {
            ["spm_name"] = "FY2026",
            ["spm_code"] = "FY2026",
            ["spm_periodtype"] = new OptionSetValue(Choices.YearPeriod),
            ["spm_startdate"] = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            ["spm_enddate"] = new DateTime(2026, 12, 31, 0, 0, 0, DateTimeKind.Utc),
        });
        var year = PeriodId(service, "FY2026");
        var quarter = PeriodId(service, "FY2026-Q1");
        var february = PeriodId(service, "FY2026-M02");

        var scorecard = service.Create(new Entity("spm_scorecard")
        {
            ["spm_name"] = "Alice Q1",
            ["ownerid"] = new EntityReference("systemuser", rep),
            ["spm_periodid"] = new EntityReference("spm_period", quarter),
        });
        var revenue = Kpi(service, "Revenue", Choices.Revenue);
        var teamTarget = Target(service, new EntityReference("team", team), revenue, quarter, 500_000m, t =>
            t["spm_rollupsource"] = new OptionSetValue(Choices.RollupChildTargets));
        var yearRevenue = Guid.Empty;
        foreach (var kpi in new[]
        {
            revenue,
            Kpi(service, "Won deals", Choices.WonDeals),
            Kpi(service, "Win rate", Choices.WinRate),
            Kpi(service, "Sales cycle", Choices.SalesCycleDays, Choices.LowerIsBetter),
        })
        {
            var owner = new EntityReference("systemuser", rep);
            Target(service, owner, kpi, february, 10m);
            Target(service, owner, kpi, quarter, 30m, t =>
            {
                t["spm_weight"] = 25m;
                t["spm_scorecardid"] = new EntityReference("spm_scorecard", scorecard);
                if (kpi == revenue)
                {
                    t["spm_parenttargetid"] = new EntityReference("spm_target", teamTarget);
                }
            });
            var yearTarget = Target(service, owner, kpi, year, 120m);
            if (kpi == revenue)
            {
                yearRevenue = yearTarget;
            }
        }

        org.StepLog.Clear();
        return new SalesBook(org, rep, teamTarget, yearRevenue, opportunitiesPerRep, stepsRunWhileLoading);
    }

    /// <summary>An open deal of the rep with a customer of its own (so every win is a first win), loaded without steps.</summary>
    public Guid NewOpenDeal()
    {
        _eventDeals++;
        var customer = MigrationRequests.Create(Org.Service, new Entity("account") { ["name"] = "New customer " + _eventDeals.ToString(CultureInfo.InvariantCulture) });
        return MigrationRequests.Create(Org.Service, new Entity("opportunity")
        {
            ["name"] = "Measured deal",
            ["ownerid"] = new EntityReference("systemuser", Rep),
            ["customerid"] = new EntityReference("account", customer),
            ["estimatedvalue"] = new Money(EventRevenue),
            ["estimatedclosedate"] = EventDate,
        });
    }

    /// <summary>Wins the deal through the pipeline with every real step (the event the engine answers in its transaction).</summary>
    public void Win(Guid deal)
    {
        var close = new Entity("opportunityclose")
        {
            ["opportunityid"] = new EntityReference("opportunity", deal),
            ["actualend"] = EventDate,
            ["actualrevenue"] = new Money(EventRevenue),
        };
        Org.Service.Execute(new OrganizationRequest("WinOpportunity") { ["OpportunityClose"] = close, ["Status"] = new OptionSetValue(3) });
    }

    /// <summary>Wins a new deal and returns what the plug-ins spent on it: calls and rows returned to them.</summary>
    public EventCost MeasureWin()
    {
        var deal = NewOpenDeal();
        Org.ServiceCalls.Reset();
        Win(deal);
        return new EventCost(Org.ServiceCalls.Total, Org.ServiceCalls.RowsReturned);
    }

    /// <summary>
    /// Lock hold on the team parent per win, in calls: the calls the win's plug-ins send from the first write of the team
    /// Revenue target (that write included) to the end of the win's transaction. The rows stay locked from that write
    /// until commit, so every call after it lengthens the wait of the teammates' wins. Also the win's calls in all.
    /// </summary>
    public (int HoldCalls, int WinCalls) MeasureTeamParentLockHold()
    {
        var deal = NewOpenDeal();
        Org.ServiceCalls.Reset();
        Org.ServiceCalls.Recording = true;
        try
        {
            Win(deal);
            var calls = Org.ServiceCalls.Calls;
            var first = -1;
            for (var i = 0; i < calls.Count; i++)
            {
                if (calls[i].Id == TeamRevenueTarget && calls[i].Message is "Update" or "Create" or "Delete")
                {
                    first = i;
                    break;
                }
            }

            return (first < 0 ? 0 : calls.Count - first, calls.Count);
        }
        finally
        {
            Org.ServiceCalls.Recording = false;
        }
    }

    /// <summary>A computed money or decimal column of a target, as the engine last wrote it.</summary>
    public decimal? TargetActual(Guid target)
    {
        var row = Org.Service.Retrieve("spm_target", target, new ColumnSet("spm_actualvalue"));
        return row.GetAttributeValue<decimal?>("spm_actualvalue");
    }

    private static void LoadBook(IOrganizationService service, Guid rep, int count)
    {
        var customer = MigrationRequests.Create(service, new Entity("account") { ["name"] = "Existing customer" });
        for (var i = 0; i < count; i++)
        {
            var seed = SeedPattern.At(i);
            var opportunity = new Entity("opportunity")
            {
                ["name"] = "Deal " + i.ToString(CultureInfo.InvariantCulture),
                ["ownerid"] = new EntityReference("systemuser", rep),
                ["customerid"] = new EntityReference("account", customer),
                ["estimatedvalue"] = new Money(seed.Value),
                ["estimatedclosedate"] = seed.CloseDate,
            };
            if (seed.Outcome != SeededOutcome.Open)
            {
                opportunity["spm_salescycledays"] = SeededOpportunity.MigratedCycleDays;
                opportunity["spm_isnewcustomer"] = false;
            }

            var id = MigrationRequests.Create(service, opportunity);
            if (seed.Outcome != SeededOutcome.Open)
            {
                var won = seed.Outcome == SeededOutcome.Won;
                MigrationRequests.Close(service, id, won, seed.CloseDate, won ? seed.Value : null);
            }
        }
    }

    private static Guid PeriodId(IOrganizationService service, string code)
    {
        var query = new QueryExpression("spm_period") { ColumnSet = new ColumnSet("spm_code"), TopCount = 2 };
        query.Criteria.AddCondition("spm_code", ConditionOperator.Equal, code);
        var rows = service.RetrieveMultiple(query).Entities;
        return rows.Count == 1 ? rows[0].Id : throw new InvalidOperationException($"Expected one period {code}, found {rows.Count}.");
    }

    private static Guid Kpi(IOrganizationService service, string name, int measure, int? direction = null)
    {
        var kpi = new Entity("spm_kpi")
        {
            ["spm_name"] = name,
            ["spm_code"] = name.ToUpperInvariant().Replace(' ', '-'),
            ["spm_measure"] = new OptionSetValue(measure),
        };
        if (direction is int value)
        {
            kpi["spm_direction"] = new OptionSetValue(value);
        }

        return service.Create(kpi);
    }

    private static Guid Target(IOrganizationService service, EntityReference owner, Guid kpi, Guid period, decimal value, Action<Entity>? more = null)
    {
        var target = new Entity("spm_target")
        {
            ["spm_name"] = "Target " + value.ToString(CultureInfo.InvariantCulture),
            ["ownerid"] = owner,
            ["spm_kpiid"] = new EntityReference("spm_kpi", kpi),
            ["spm_periodid"] = new EntityReference("spm_period", period),
            ["spm_targetvalue"] = value,
        };
        more?.Invoke(target);
        return service.Create(target);
    }
}
