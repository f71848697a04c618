using System;
using System.Globalization;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg;

namespace SalesPerf.Benchmarks.Harness;

/// <summary>
/// A local organisation with the real step registrations for the process KPIs (domain-rules.md "Process KPIs"): a rep
/// in a team with Completed visits, Visit success and Lead conversion targets for February, Q1 and FY2026, and a team
/// Lead conversion parent rolling up the rep's Q1 target. The rep's book of <see cref="RowsPerRep"/> completed
/// appointments and as many closed leads (spread over 2026) is loaded as a migration would, without running steps.
/// </summary>
public sealed class ProcessBook
{
    /// <summary>The scheduled end of every measured visit: inside the February, Q1 and FY2026 targets.</summary>
    public static readonly DateTime EventDate = new(2026, 2, 10, 10, 0, 0, DateTimeKind.Utc);

    public const int CompletedVisits = 100000014;
    public const int VisitSuccessRate = 100000015;
    public const int LeadConversionRate = 100000016;

    private const string Bypass = "BypassCustomPluginExecution";
    private int _events;

    private ProcessBook(LocalOrganization org, Guid rep, int rowsPerRep)
    {
        Org = org;
        Rep = rep;
        RowsPerRep = rowsPerRep;
    }

    public LocalOrganization Org { get; }

    public Guid Rep { get; }

    public int RowsPerRep { get; }

    public static ProcessBook Seed(int rowsPerRep)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rowsPerRep);
        var org = new LocalOrganization(new LocalOrganizationOptions { UtcNow = new DateTime(2026, 2, 14, 9, 0, 0, DateTimeKind.Utc) });
        var service = org.Service;
        var rep = org.CreateUser("Alice");
        var team = org.CreateTeam("East", [rep, org.CreateUser("Bob")]);
        LoadBook(service, rep, rowsPerRep);

        service.Create(new Entity("spm_period")
        {
            ["spm_name"] = "FY2026",
            ["spm_code"] = "FY2026",
            ["spm_periodtype"] = new OptionSetValue(Choices.YearPeriod),
            ["spm_startdate"] = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            ["spm_enddate"] = new DateTime(2026, 12, 31, 0, 0, 0, DateTimeKind.Utc),
        });
        var periods = new[] { PeriodId(service, "FY2026-M02"), PeriodId(service, "FY2026-Q1"), PeriodId(service, "FY2026") };
        var leads = Kpi(service, "LEADCONV", LeadConversionRate);
        var teamTarget = Target(service, new EntityReference("team", team), leads, periods[1], 50m, t => t["spm_rollupsource"] = new OptionSetValue(Choices.RollupChildTargets));
        foreach (var kpi in new[] { Kpi(service, "VISITS", CompletedVisits), Kpi(service, "VISITWIN", VisitSuccessRate), leads })
        {
            foreach (var period in periods)
            {
                Target(service, new EntityReference("systemuser", rep), kpi, period, 50m, t =>
                {
                    if (kpi == leads && period == periods[1])
                    {
                        t["spm_parenttargetid"] = new EntityReference("spm_target", teamTarget);
                    }
                });
            }
        }

        org.StepLog.Clear();
        return new ProcessBook(org, rep, rowsPerRep);
    }

    /// <summary>An open appointment of the rep with a new customer on <see cref="EventDate"/>, loaded without steps.</summary>
    public Guid NewOpenVisit()
    {
        _events++;
        var customer = Create(Org.Service, new Entity("account") { ["name"] = "Visited " + _events.ToString(CultureInfo.InvariantCulture) });
        return Create(Org.Service, Appointment(Rep, customer, EventDate));
    }

    /// <summary>An open lead of the rep, loaded without steps.</summary>
    public Guid NewOpenLead()
    {
        _events++;
        return Create(Org.Service, Lead(Rep, _events));
    }

    /// <summary>Completes the appointment through the pipeline with every real step.</summary>
    public void CompleteVisit(Guid appointment) => SetState("appointment", appointment, 1, 3);

    /// <summary>Qualifies the lead through the pipeline with every real step.</summary>
    public void QualifyLead(Guid lead) => SetState("lead", lead, 1, 3);

    public EventCost MeasureVisit()
    {
        var visit = NewOpenVisit();
        Org.ServiceCalls.Reset();
        CompleteVisit(visit);
        return new EventCost(Org.ServiceCalls.Total, Org.ServiceCalls.RowsReturned);
    }

    public EventCost MeasureQualification()
    {
        var lead = NewOpenLead();
        Org.ServiceCalls.Reset();
        QualifyLead(lead);
        return new EventCost(Org.ServiceCalls.Total, Org.ServiceCalls.RowsReturned);
    }

    public decimal? TargetActual(string kpiCode, string periodCode)
    {
        var query = new QueryExpression("spm_target") { ColumnSet = new ColumnSet("spm_actualvalue") };
        query.Criteria.AddCondition("ownerid", ConditionOperator.Equal, Rep);
        var kpi = query.AddLink("spm_kpi", "spm_kpiid", "spm_kpiid");
        kpi.LinkCriteria.AddCondition("spm_code", ConditionOperator.Equal, kpiCode);
        var period = query.AddLink("spm_period", "spm_periodid", "spm_periodid");
        period.LinkCriteria.AddCondition("spm_code", ConditionOperator.Equal, periodCode);
        var rows = Org.Service.RetrieveMultiple(query).Entities;
        return rows.Count == 1 ? rows[0].GetAttributeValue<decimal?>("spm_actualvalue") : throw new InvalidOperationException($"Expected one target {kpiCode} {periodCode}, found {rows.Count}.");
    }

    private void SetState(string table, Guid id, int state, int status) =>
        Org.Service.Execute(new OrganizationRequest("SetState")
        {
            ["EntityMoniker"] = new EntityReference(table, id),
            ["State"] = new OptionSetValue(state),
            ["Status"] = new OptionSetValue(status),
        });

    /// <summary>Completed visits to 50 customers and closed leads (2 of 3 qualified), one a day through 2026.</summary>
    private static void LoadBook(IOrganizationService service, Guid rep, int count)
    {
        var customers = new Guid[Math.Min(50, Math.Max(count, 1))];
        for (var c = 0; c < customers.Length; c++)
        {
            customers[c] = Create(service, new Entity("account") { ["name"] = "Customer " + c.ToString(CultureInfo.InvariantCulture) });
        }

        for (var i = 0; i < count; i++)
        {
            var day = new DateTime(2026, 1, 1, 10, 0, 0, DateTimeKind.Utc).AddDays(i % 365);
            var visit = Create(service, Appointment(rep, customers[i % customers.Length], day));
            Update(service, new Entity("appointment", visit) { ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(3) });
            var lead = Create(service, Lead(rep, -i - 1));
            var qualified = i % 3 != 2;
            Update(service, new Entity("lead", lead)
            {
                ["statecode"] = new OptionSetValue(qualified ? 1 : 2),
                ["statuscode"] = new OptionSetValue(qualified ? 3 : 4),
                ["spm_closedon"] = day.Date,
            });
        }
    }

    private static Entity Appointment(Guid rep, Guid customer, DateTime end) => new("appointment")
    {
        ["subject"] = "Visit",
        ["ownerid"] = new EntityReference("systemuser", rep),
        ["regardingobjectid"] = new EntityReference("account", customer),
        ["scheduledstart"] = end.AddHours(-1),
        ["scheduledend"] = end,
    };

    private static Entity Lead(Guid rep, int number) => new("lead")
    {
        ["subject"] = "Lead " + number.ToString(CultureInfo.InvariantCulture),
        ["lastname"] = "Prospect",
        ["ownerid"] = new EntityReference("systemuser", rep),
    };

    private static Guid Create(IOrganizationService service, Entity row) => MigrationRequests.Create(service, row);

    private static void Update(IOrganizationService service, Entity row)
    {
        var request = new UpdateRequest { Target = row };
        request.Parameters[Bypass] = true;
        service.Execute(request);
    }

    private static Guid PeriodId(IOrganizationService service, string code)
    {
        var query = new QueryExpression("spm_period") { ColumnSet = new ColumnSet("spm_code"), TopCount = 2 };
        query.Criteria.AddCondition("spm_code", ConditionOperator.Equal, code);
        var rows = service.RetrieveMultiple(query).Entities;
        return rows.Count == 1 ? rows[0].Id : throw new InvalidOperationException($"Expected one period {code}, found {rows.Count}.");
    }

    private static Guid Kpi(IOrganizationService service, string code, int measure) =>
        service.Create(new Entity("spm_kpi") { ["spm_name"] = code, ["spm_code"] = code, ["spm_measure"] = new OptionSetValue(measure) });

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
