using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg;
using SalesPerf.LocalOrg.Security;

namespace SalesPerf.Properties.Tests.Support;

/// <summary>
/// A fresh local organisation with every real registration, the same for every sequence: Nancy manages the reps Alice,
/// Bob and Dave (won revenue) and Carol (collections); Oscar holds SalesPerf Admin. Two quarters, FY2026-Q1 and Q2; each
/// rep has a plan assignment, targets on a scorecard and (Alice, Bob, Dave) four deals, Carol two invoices. The clock
/// stands at 2026-05-15 12:00 UTC, inside Q2. Rows are named, so two worlds can be compared by name.
/// </summary>
public sealed class SalesWorld
{
    public const int ApprovedStatus = 100000000;
    public const int DisputedStatus = 100000001;
    public const int OpenStatus = 1;
    public const int PaidStatus = 2;
    public const decimal InvoiceTotal = 5_000m;
    public static readonly DateTime Today = new(2026, 5, 15, 12, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime FirstDay = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly Dictionary<string, Guid> _users = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Guid> _periods = new(StringComparer.Ordinal);

    public SalesWorld(PlanShape plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        Plan = plan;
        Org = new LocalOrganization(Installation.Options(Today));
        var nancy = User("Nancy", null);
        foreach (var rep in Cast.Reps)
        {
            User(rep, nancy);
        }

        var oscar = Org.CreateUser("Oscar");
        Org.AssignRole(oscar, "SalesPerf Admin");
        _users["Oscar"] = oscar;
        var customer = Service.Create(new Entity("account") { ["name"] = "Acme" });
        foreach (var quarter in Cast.Quarters)
        {
            _periods[quarter.Code] = Service.Create(new Entity("spm_period")
            {
                ["spm_name"] = quarter.Code,
                ["spm_code"] = quarter.Code,
                ["spm_periodtype"] = new OptionSetValue(100000002),
                ["spm_startdate"] = quarter.Start,
                ["spm_enddate"] = quarter.End,
                ["spm_fiscalyear"] = 2026,
            });
        }

        var wonRevenue = CreatePlan("Won revenue plan", PlanShape.WonRevenueBasis, plan);
        var collections = CreatePlan("Collections plan", PlanShape.CollectionsBasis, PlanShape.Flat);
        var revenue = Kpi("Revenue", 100000000);
        var wonDeals = Kpi("Won deals", 100000001);
        var collected = Kpi("Collected amount", 100000009);
        foreach (var quarter in Cast.Quarters)
        {
            foreach (var rep in Cast.Reps)
            {
                var collector = rep == Cast.Collector;
                Service.Create(new Entity("spm_planassignment")
                {
                    ["spm_name"] = rep + " " + quarter.Code,
                    ["ownerid"] = new EntityReference("systemuser", _users[rep]),
                    ["spm_commissionplanid"] = new EntityReference("spm_commissionplan", collector ? collections : wonRevenue),
                    ["spm_periodid"] = new EntityReference("spm_period", _periods[quarter.Code]),
                    ["spm_quotaamount"] = new Money(collector ? 8_000m : 10_000m),
                });
                var card = Service.Create(new Entity("spm_scorecard")
                {
                    ["spm_name"] = rep + " " + quarter.Code,
                    ["ownerid"] = new EntityReference("systemuser", _users[rep]),
                    ["spm_periodid"] = new EntityReference("spm_period", _periods[quarter.Code]),
                });
                if (collector)
                {
                    Target(rep, quarter.Code, collected, "Collected", 8_000m, 100m, card);
                }
                else
                {
                    Target(rep, quarter.Code, revenue, "Revenue", 10_000m, 70m, card);
                    Target(rep, quarter.Code, wonDeals, "Won deals", 3m, 30m, card);
                }
            }
        }

        foreach (var deal in Cast.Deals)
        {
            Deals[deal.Name] = ServiceFor(deal.Owner).Create(new Entity("opportunity")
            {
                ["name"] = deal.Name,
                ["ownerid"] = new EntityReference("systemuser", _users[deal.Owner]),
                ["customerid"] = new EntityReference("account", customer),
                ["estimatedvalue"] = new Money(1_000m),
                ["estimatedclosedate"] = Today,
            });
        }

        foreach (var invoice in Cast.Invoices)
        {
            var id = ServiceFor(Cast.Collector).Create(new Entity("invoice")
            {
                ["name"] = invoice,
                ["ownerid"] = new EntityReference("systemuser", _users[Cast.Collector]),
                ["customerid"] = new EntityReference("account", customer),
            });
            Service.Create(new Entity("invoicedetail")
            {
                ["invoiceid"] = new EntityReference("invoice", id),
                ["isproductoverridden"] = true,
                ["productdescription"] = "Service",
                ["priceperunit"] = new Money(InvoiceTotal),
                ["quantity"] = 1m,
            });
            Invoices[invoice] = id;
        }
    }

    public LocalOrganization Org { get; }

    public PlanShape Plan { get; }

    public IOrganizationService Service => Org.Service;

    public Dictionary<string, Guid> Deals { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Guid> Invoices { get; } = new(StringComparer.Ordinal);

    /// <summary>The split rows created so far, by deal and user (the latest one of the pair).</summary>
    public Dictionary<(string Deal, string User), Guid> Splits { get; } = new();

    /// <summary>The payments created so far, by invoice and their number on it (1, 2, …).</summary>
    public Dictionary<(string Invoice, int Number), Guid> Payments { get; } = new();

    /// <summary>How many payments were entered on each invoice so far, refused ones included (the next one's number is one more).</summary>
    public Dictionary<string, int> PaymentsEntered { get; } = new(StringComparer.Ordinal);

    public Guid UserId(string name) => _users[name];

    public string UserName(Guid id) => _users.Single(u => u.Value == id).Key;

    public Guid PeriodId(string code) => _periods[code];

    public string PeriodCode(Guid id) => _periods.Single(p => p.Value == id).Key;

    public IOrganizationService ServiceFor(string user) => Org.ServiceFor(_users[user]);

    public static DateTime Day(int day) => FirstDay.AddDays(day);

    /// <summary>The statement of a rep for a quarter, or null when nothing was credited to it yet.</summary>
    public Entity? Statement(string rep, string quarter) => Org.Rows("spm_commissionstatement").SingleOrDefault(s =>
        s.GetAttributeValue<EntityReference>("ownerid").Id == _users[rep]
        && s.GetAttributeValue<EntityReference>("spm_periodid").Id == _periods[quarter]);

    public static string Text(object? value) => value switch
    {
        Money money => money.Value.ToString(CultureInfo.InvariantCulture),
        EntityReference reference => reference.LogicalName + ":" + reference.Id,
        OptionSetValue option => option.Value.ToString(CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value?.ToString() ?? "",
    };

    private Guid User(string name, Guid? manager)
    {
        var id = Org.CreateUser(name, manager);
        Org.AssignRole(id, BuiltInRole.SystemCustomizer.TemplateId);
        _users[name] = id;
        return id;
    }

    private Guid CreatePlan(string name, int basis, PlanShape shape)
    {
        var plan = Service.Create(new Entity("spm_commissionplan")
        {
            ["spm_name"] = name,
            ["spm_basis"] = new OptionSetValue(basis),
            ["spm_tierscope"] = new OptionSetValue(shape.Scope),
            ["spm_tiermode"] = new OptionSetValue(shape.Mode),
            ["spm_tierbasis"] = new OptionSetValue(PlanShape.AmountTiers),
            ["spm_clawbackdays"] = PlanShape.ClawbackDays,
        });
        foreach (var (lower, upper, rate) in shape.Tiers)
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

            Service.Create(tier);
        }

        return plan;
    }

    private Guid Kpi(string name, int measure) => Service.Create(new Entity("spm_kpi")
    {
        ["spm_name"] = name,
        ["spm_code"] = name.ToUpperInvariant().Replace(' ', '-'),
        ["spm_measure"] = new OptionSetValue(measure),
    });

    private void Target(string rep, string quarter, Guid kpi, string kpiName, decimal value, decimal weight, Guid card) => Service.Create(new Entity("spm_target")
    {
        ["spm_name"] = rep + " " + kpiName + " " + quarter,
        ["ownerid"] = new EntityReference("systemuser", _users[rep]),
        ["spm_kpiid"] = new EntityReference("spm_kpi", kpi),
        ["spm_periodid"] = new EntityReference("spm_period", _periods[quarter]),
        ["spm_targetvalue"] = value,
        ["spm_weight"] = weight,
        ["spm_scorecardid"] = new EntityReference("spm_scorecard", card),
    });
}
