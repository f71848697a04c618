using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg;
using SalesPerf.LocalOrg.Security;
using SalesPerf.Plugins.Closes;
using SalesPerf.Plugins.Commission;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.Commission.Tests.Support;

/// <summary>
/// A fresh local organisation with every real registration and the people of the commission tests: Nancy manages
/// Alice and Bob, Oscar holds SalesPerf Admin, Rita has no part; everyone but Oscar holds System Customizer (every
/// privilege on the solution's tables, no admin), so the statement rules, not the privileges, decide. Two quarters, FY2026-Q1 and FY2026-Q2. The clock
/// stands at 2026-03-31 12:00 UTC.
/// </summary>
public sealed class CommissionOrg
{
    public const int Open = 1;
    public const int Paid = 2;
    public const int Approved = 100000000;
    public const int Disputed = 100000001;
    public const int Earning = 100000000;
    public const int Clawback = 100000001;

    private CommissionOrg(LocalOrganization org)
    {
        Org = org;
        Nancy = org.CreateUser("Nancy Warner");
        Alice = org.CreateUser("Alice Wang", Nancy);
        Bob = org.CreateUser("Bob Li", Nancy);
        Oscar = org.CreateUser("Oscar Admin");
        Rita = org.CreateUser("Rita Stone");
        foreach (var user in new[] { Nancy, Alice, Bob, Rita })
        {
            org.AssignRole(user, BuiltInRole.SystemCustomizer.TemplateId);
        }

        org.AssignRole(Oscar, "SalesPerf Admin");

        // The platform's base sales role beside each SalesPerf role (README "Roles"): the local organisation checks
        // opportunities, accounts and orders, which System Customizer reaches only for its own records.
        foreach (var user in new[] { Nancy, Alice, Bob, Rita, Oscar })
        {
            org.AssignRole(user, "Salesperson");
        }
        Customer = org.Service.Create(new Entity("account") { ["name"] = "Acme" });
        Q1 = Period("FY2026-Q1", "2026-01-01", "2026-03-31");
        Q2 = Period("FY2026-Q2", "2026-04-01", "2026-06-30");
    }

    public LocalOrganization Org { get; }

    public IOrganizationService Service => Org.Service;

    public Guid Nancy { get; }

    public Guid Alice { get; }

    public Guid Bob { get; }

    public Guid Oscar { get; }

    public Guid Rita { get; }

    public Guid Customer { get; }

    public Guid Q1 { get; }

    public Guid Q2 { get; }

    public static CommissionOrg Create(string now = "2026-03-31T12:00:00Z", int languageCode = 1033) => new(new LocalOrganization(new LocalOrganizationOptions
    {
        UtcNow = DateTime.Parse(now, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
        LanguageCode = languageCode,
    }));

    /// <summary>Closes raise a nested Update of the row or not (LocalOrganizationOptions.CloseRaisesNestedUpdate); setup run at build or not.</summary>
    public static CommissionOrg WithCloseNesting(bool closeRaisesNestedUpdate, string now = "2026-03-31T12:00:00Z", bool completeSetup = true) => new(new LocalOrganization(new LocalOrganizationOptions
    {
        UtcNow = DateTime.Parse(now, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
        CloseRaisesNestedUpdate = closeRaisesNestedUpdate,
        CompleteSetup = completeSetup,
    }));

    /// <summary>The organisation right after the import, before Complete setup: no step on Win, Lose, FulfillSalesOrder or CancelSalesOrder.</summary>
    public static CommissionOrg BeforeSetup(string now = "2026-03-31T12:00:00Z") => new(new LocalOrganization(new LocalOrganizationOptions
    {
        UtcNow = DateTime.Parse(now, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
        CompleteSetup = false,
    }));

    /// <summary>Only the commission and close steps registered (the other attainment steps would only slow a 6,000-deal seed down).</summary>
    public static CommissionOrg CommissionOnly() => new(new LocalOrganization(new LocalOrganizationOptions
    {
        UtcNow = new DateTime(2026, 3, 31, 12, 0, 0, DateTimeKind.Utc),
        Steps = typeof(OpportunityCommissionPlugin).Assembly.GetTypes()
            .Where(t => t.IsPublic && typeof(IPlugin).IsAssignableFrom(t)
                && (t.Namespace == typeof(OpportunityCommissionPlugin).Namespace || t.Namespace == typeof(OpportunityClosePlugin).Namespace))
            .SelectMany(PluginCatalog.ReadSteps)
            .ToList(),
    }));

    public IOrganizationService As(Guid user) => Org.ServiceFor(user);

    /// <summary>The clock to 2026-04-01 09:00 UTC, the day after Q1: its statements may now be approved or disputed (SPM-STM-008).</summary>
    public void Q1Ended() => Org.Clock.UtcNow = new DateTime(2026, 4, 1, 9, 0, 0, DateTimeKind.Utc);

    public static DateTime Date(string text) => DateTime.SpecifyKind(DateTime.Parse(text, CultureInfo.InvariantCulture), DateTimeKind.Utc);

    public Guid Period(string code, string start, string end) => Service.Create(new Entity("spm_period")
    {
        ["spm_name"] = code,
        ["spm_code"] = code,
        ["spm_periodtype"] = new OptionSetValue(100000002),
        ["spm_startdate"] = Date(start),
        ["spm_enddate"] = Date(end),
        ["spm_fiscalyear"] = 2026,
    });

    public Guid Plan(PlanSpec spec, string name = "Plan")
    {
        var plan = new Entity("spm_commissionplan")
        {
            ["spm_name"] = name,
            ["spm_basis"] = new OptionSetValue(spec.Basis),
            ["spm_tierscope"] = new OptionSetValue(spec.Scope),
            ["spm_tiermode"] = new OptionSetValue(spec.Mode),
            ["spm_tierbasis"] = new OptionSetValue(spec.TierBasis),
            ["spm_clawbackdays"] = spec.ClawbackDays,
        };
        if (spec.Cap is decimal cap)
        {
            plan["spm_payoutcap"] = new Money(cap);
        }

        if (spec.Gate is decimal gate)
        {
            plan["spm_acceleratorgate"] = gate;
        }

        if (spec.From is string from)
        {
            plan["spm_effectivefrom"] = Date(from);
        }

        if (spec.To is string to)
        {
            plan["spm_effectiveto"] = Date(to);
        }

        var id = Service.Create(plan);
        foreach (var tier in spec.Tiers)
        {
            AddTier(id, tier);
        }

        return id;
    }

    public Guid AddTier(Guid plan, Tier tier)
    {
        var row = new Entity("spm_commissiontier")
        {
            ["spm_name"] = tier.Lower + "+",
            ["spm_commissionplanid"] = new EntityReference("spm_commissionplan", plan),
            ["spm_lowerbound"] = tier.Lower,
            ["spm_ratepercent"] = tier.Rate,
        };
        if (tier.Upper is decimal upper)
        {
            row["spm_upperbound"] = upper;
        }

        return Service.Create(row);
    }

    public Guid Assign(Guid owner, Guid plan, Guid period, decimal quota, string name = "Alice Q1") => Service.Create(new Entity("spm_planassignment")
    {
        ["spm_name"] = name,
        ["ownerid"] = new EntityReference("systemuser", owner),
        ["spm_commissionplanid"] = new EntityReference("spm_commissionplan", plan),
        ["spm_periodid"] = new EntityReference("spm_period", period),
        ["spm_quotaamount"] = new Money(quota),
    });

    public Guid Opportunity(Guid owner, decimal estimated = 1000m, string estimatedClose = "2026-03-20", string name = "Deal") =>
        As(owner).Create(new Entity("opportunity")
        {
            ["name"] = name,
            ["ownerid"] = new EntityReference("systemuser", owner),
            ["customerid"] = new EntityReference("account", Customer),
            ["estimatedvalue"] = new Money(estimated),
            ["estimatedclosedate"] = Date(estimatedClose),
        });

    public Guid Won(Guid owner, decimal revenue, string closeDate)
    {
        var id = Opportunity(owner);
        Win(id, revenue, closeDate);
        return id;
    }

    public void Win(Guid opportunity, decimal revenue, string closeDate) => Service.Execute(new OrganizationRequest("WinOpportunity")
    {
        ["OpportunityClose"] = new Entity("opportunityclose")
        {
            ["opportunityid"] = new EntityReference("opportunity", opportunity),
            ["actualrevenue"] = new Money(revenue),
            ["actualend"] = Date(closeDate),
        },
        ["Status"] = new OptionSetValue(3),
    });

    public void Reopen(Guid opportunity) => Service.Execute(new OrganizationRequest("SetState")
    {
        ["EntityMoniker"] = new EntityReference("opportunity", opportunity),
        ["State"] = new OptionSetValue(0),
        ["Status"] = new OptionSetValue(1),
    });

    public Guid Split(Guid opportunity, Guid user, decimal percent) => Service.Create(new Entity("spm_dealsplit")
    {
        ["spm_name"] = "Split",
        ["spm_opportunityid"] = new EntityReference("opportunity", opportunity),
        ["spm_userid"] = new EntityReference("systemuser", user),
        ["spm_splitpercent"] = percent,
    });

    public Guid Order(Guid owner, decimal amount)
    {
        var order = EmptyOrder(owner);
        Service.Create(new Entity("salesorderdetail")
        {
            ["salesorderid"] = new EntityReference("salesorder", order),
            ["isproductoverridden"] = true,
            ["productdescription"] = "Service",
            ["priceperunit"] = new Money(amount),
            ["quantity"] = 1m,
        });
        return order;
    }

    /// <summary>An order of <paramref name="owner"/>'s with one line of the catalogue product "Widget" at the given current cost.</summary>
    public Guid ProductOrder(Guid owner, decimal quantity, decimal pricePerUnit, decimal currentCost)
    {
        var product = Org.CreateProduct("Widget", "W-1", currentCost: currentCost);
        var order = EmptyOrder(owner);
        Service.Create(new Entity("salesorderdetail")
        {
            ["salesorderid"] = new EntityReference("salesorder", order),
            ["productid"] = new EntityReference("product", product),
            ["quantity"] = quantity,
            ["priceperunit"] = new Money(pricePerUnit),
        });
        return order;
    }

    public void Fulfill(Guid order, string date) => Service.Execute(new OrganizationRequest("FulfillSalesOrder")
    {
        ["OrderClose"] = new Entity("orderclose") { ["salesorderid"] = new EntityReference("salesorder", order), ["actualend"] = Date(date) },
        ["Status"] = new OptionSetValue(100001),
    });

    /// <summary>An invoice of <paramref name="owner"/> with one write-in line, so its total is <paramref name="total"/>.</summary>
    public Guid Invoice(Guid owner, decimal total = 100000m, string name = "Invoice")
    {
        var invoice = As(owner).Create(new Entity("invoice")
        {
            ["name"] = name,
            ["ownerid"] = new EntityReference("systemuser", owner),
            ["customerid"] = new EntityReference("account", Customer),
        });
        Service.Create(new Entity("invoicedetail")
        {
            ["invoiceid"] = new EntityReference("invoice", invoice),
            ["isproductoverridden"] = true,
            ["productdescription"] = "Service",
            ["priceperunit"] = new Money(total),
            ["quantity"] = 1m,
        });
        return invoice;
    }

    public Guid Payment(Guid invoice, decimal amount, string paidOn, string name = "Payment") => Service.Create(new Entity("spm_payment")
    {
        ["spm_name"] = name,
        ["spm_invoiceid"] = new EntityReference("invoice", invoice),
        ["spm_amount"] = new Money(amount),
        ["spm_paidon"] = Date(paidOn),
    });

    public Entity Statement(Guid owner, Guid period) =>
        Statements(owner, period).Single();

    public IReadOnlyList<Entity> Statements(Guid owner, Guid period)
    {
        var query = new QueryExpression("spm_commissionstatement") { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition("ownerid", ConditionOperator.Equal, owner);
        query.Criteria.AddCondition("spm_periodid", ConditionOperator.Equal, period);
        return Service.RetrieveMultiple(query).Entities.ToList();
    }

    public IReadOnlyList<Entity> Lines(Guid statement)
    {
        var query = new QueryExpression("spm_commissionline") { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition("spm_commissionstatementid", ConditionOperator.Equal, statement);
        query.Orders.Add(new OrderExpression("spm_transactiondate", OrderType.Ascending));
        query.Orders.Add(new OrderExpression("createdon", OrderType.Ascending));
        return Service.RetrieveMultiple(query).Entities.ToList();
    }

    public void SetStatus(Guid user, Guid statement, int status) =>
        As(user).Update(new Entity("spm_commissionstatement", statement) { ["statuscode"] = new OptionSetValue(status) });

    /// <summary>Open or Approved → Disputed with its reason, in one update (SPM-STM-006 refuses a dispute without one).</summary>
    public void Dispute(Guid user, Guid statement, string reason = "Line 2 misses the March deal.") =>
        As(user).Update(new Entity("spm_commissionstatement", statement)
        {
            ["statuscode"] = new OptionSetValue(Disputed),
            ["spm_disputereason"] = reason,
        });

    public void Pay(Guid user, Guid statement) => As(user).Execute(new OrganizationRequest("SetState")
    {
        ["EntityMoniker"] = new EntityReference("spm_commissionstatement", statement),
        ["State"] = new OptionSetValue(1),
        ["Status"] = new OptionSetValue(Paid),
    });

    public int CallsDuring(Action action)
    {
        Org.ServiceCalls.Reset();
        action();
        return Org.ServiceCalls.Total;
    }

    /// <summary>Every row of the commission and source tables, as text, to prove that nothing changed.</summary>
    public string Snapshot() => string.Join("\n", new[]
    {
        "spm_commissionplan", "spm_commissiontier", "spm_planassignment", "spm_dealsplit", "spm_payment", "spm_commissionstatement",
        "spm_commissionline", "opportunity", "salesorder", "invoice", "spm_period",
    }.SelectMany(t => Org.Rows(t).Select(r => t + " " + r.Id + " " + string.Join(";", r.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Key + "=" + Text(a.Value))))));

    public static decimal Money(Entity row, string column) => row.GetAttributeValue<Money>(column)?.Value ?? 0m;

    public static FaultException<OrganizationServiceFault> Fault(Action action) =>
        Assert.Throws<FaultException<OrganizationServiceFault>>(action);

    private Guid EmptyOrder(Guid owner) => As(owner).Create(new Entity("salesorder")
    {
        ["name"] = "Order",
        ["ownerid"] = new EntityReference("systemuser", owner),
        ["customerid"] = new EntityReference("account", Customer),
    });

    private static string Text(object? value) => value switch
    {
        Money money => money.Value.ToString(CultureInfo.InvariantCulture),
        EntityReference reference => reference.LogicalName + ":" + reference.Id,
        OptionSetValue option => option.Value.ToString(CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value?.ToString() ?? "",
    };
}
