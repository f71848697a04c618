using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg;

namespace SalesPerf.Attainment.Tests.Support;

/// <summary>
/// A fresh local organisation per test with the plug-ins' real registrations, plus the seed helpers the attainment
/// tests share: periods, KPIs, targets, scorecards, opportunities and their closes.
/// </summary>
public sealed class SalesOrg
{
    /// <param name="closeRaisesNestedUpdate"><see cref="LocalOrganizationOptions.CloseRaisesNestedUpdate"/>.</param>
    /// <param name="completeSetup">False: the organisation right after the import, before spm_CompleteSetup (<see cref="LocalOrganizationOptions.CompleteSetup"/>).</param>
    /// <param name="additionalTables">Test-only tables beside the solution's (<see cref="LocalOrganizationOptions.AdditionalTables"/>).</param>
    /// <param name="steps">The steps instead of every declared one (<see cref="LocalOrganizationOptions.Steps"/>).</param>
    /// <param name="qualifyLeadRaisesNestedSetState"><see cref="LocalOrganizationOptions.QualifyLeadRaisesNestedSetState"/>.</param>
    public SalesOrg(
        DateTime? utcNow = null,
        bool closeRaisesNestedUpdate = true,
        bool completeSetup = true,
        IReadOnlyCollection<SalesPerf.SolutionModel.Tables.TableDefinition>? additionalTables = null,
        IReadOnlyList<SalesPerf.Plugins.Registration.StepRegistration>? steps = null,
        bool qualifyLeadRaisesNestedSetState = true)
    {
        Org = new LocalOrganization(new LocalOrganizationOptions
        {
            Steps = steps,
            UtcNow = utcNow ?? new DateTime(2026, 2, 14, 9, 0, 0, DateTimeKind.Utc),
            CloseRaisesNestedUpdate = closeRaisesNestedUpdate,
            CompleteSetup = completeSetup,
            AdditionalTables = additionalTables ?? [],
            QualifyLeadRaisesNestedSetState = qualifyLeadRaisesNestedSetState,
        });
        Customer = Org.Service.Create(new Entity("account") { ["name"] = "Acme" });
    }

    public LocalOrganization Org { get; }

    public IOrganizationService Service => Org.Service;

    public Guid Customer { get; }

    public Guid User(string name) => Org.CreateUser(name);

    public Guid Account(string name) => Service.Create(new Entity("account") { ["name"] = name });

    public Guid Period(string code, int type, string start, string end) => Service.Create(new Entity("spm_period")
    {
        ["spm_name"] = code,
        ["spm_code"] = code,
        ["spm_periodtype"] = new OptionSetValue(type),
        ["spm_startdate"] = Date(start),
        ["spm_enddate"] = Date(end),
    });

    /// <summary>FY2026 (calendar year; its halves, quarters and months are generated with it), its Q1 and its first three months.</summary>
    public Periods Fy2026() => Year(2026);

    public Periods Year(int year)
    {
        var code = "FY" + year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Period(code, PeriodTypes.Year, year + "-01-01", year + "-12-31");
        return new(PeriodId(code), PeriodId(code + "-Q1"), PeriodId(code + "-M01"), PeriodId(code + "-M02"), PeriodId(code + "-M03"));
    }

    public Guid PeriodId(string code)
    {
        var query = new QueryExpression("spm_period") { ColumnSet = new ColumnSet("spm_code") };
        query.Criteria.AddCondition("spm_code", ConditionOperator.Equal, code);
        return Service.RetrieveMultiple(query).Entities.Single().Id;
    }

    public Guid Kpi(string name, int measure, string? filterXml = null, int? direction = null)
    {
        var kpi = new Entity("spm_kpi") { ["spm_name"] = name, ["spm_code"] = name.ToUpperInvariant().Replace(' ', '-'), ["spm_measure"] = new OptionSetValue(measure) };
        if (direction is int value)
        {
            kpi["spm_direction"] = new OptionSetValue(value);
        }

        if (filterXml is not null)
        {
            kpi["spm_filterxml"] = filterXml;
        }

        return Service.Create(kpi);
    }

    public Guid Target(Guid owner, Guid kpi, Guid period, decimal value, Action<Entity>? more = null, string ownerType = "systemuser")
    {
        var target = new Entity("spm_target")
        {
            ["spm_name"] = "T" + value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ownerid"] = new EntityReference(ownerType, owner),
            ["spm_kpiid"] = new EntityReference("spm_kpi", kpi),
            ["spm_periodid"] = new EntityReference("spm_period", period),
            ["spm_targetvalue"] = value,
        };
        more?.Invoke(target);
        return Service.Create(target);
    }

    public Guid Scorecard(Guid owner, Guid period) => Service.Create(new Entity("spm_scorecard")
    {
        ["spm_name"] = "Scorecard",
        ["ownerid"] = new EntityReference("systemuser", owner),
        ["spm_periodid"] = new EntityReference("spm_period", period),
    });

    public Guid Opportunity(Guid owner, decimal estimated, string estimatedClose, Guid? customer = null, Guid? currency = null, int? probability = null)
    {
        var opportunity = new Entity("opportunity")
        {
            ["name"] = "Deal",
            ["ownerid"] = new EntityReference("systemuser", owner),
            ["customerid"] = new EntityReference("account", customer ?? Customer),
            ["estimatedvalue"] = new Money(estimated),
            ["estimatedclosedate"] = Date(estimatedClose),
        };
        if (currency is Guid id)
        {
            opportunity["transactioncurrencyid"] = new EntityReference("transactioncurrency", id);
        }

        if (probability is int p)
        {
            opportunity["closeprobability"] = p;
        }

        return Service.Create(opportunity);
    }

    public void Win(Guid opportunity, decimal revenue, string closeDate) => Close("WinOpportunity", opportunity, revenue, closeDate, 3);

    public void Lose(Guid opportunity, string closeDate) => Close("LoseOpportunity", opportunity, null, closeDate, 4);

    public void Reopen(Guid opportunity) => Service.Execute(new OrganizationRequest("SetState")
    {
        ["EntityMoniker"] = new EntityReference("opportunity", opportunity),
        ["State"] = new OptionSetValue(0),
        ["Status"] = new OptionSetValue(1),
    });

    public void Assign(string table, Guid id, Guid newOwner) => Service.Execute(new OrganizationRequest("Assign")
    {
        ["Target"] = new EntityReference(table, id),
        ["Assignee"] = new EntityReference("systemuser", newOwner),
    });

    public Guid Split(Guid opportunity, Guid user, decimal percent) => Service.Create(new Entity("spm_dealsplit")
    {
        ["spm_name"] = "Split",
        ["spm_opportunityid"] = new EntityReference("opportunity", opportunity),
        ["spm_userid"] = new EntityReference("systemuser", user),
        ["spm_splitpercent"] = percent,
    });

    public Entity Row(string table, Guid id) => Service.Retrieve(table, id, new ColumnSet(true));

    public decimal? Number(string table, Guid id, string column)
    {
        var row = Service.Retrieve(table, id, new ColumnSet(column));
        return row.Contains(column) ? row[column] switch
        {
            Money money => money.Value,
            decimal value => value,
            int value => value,
            _ => null,
        } : null;
    }

    public int Count(string table) =>
        Service.RetrieveMultiple(new QueryExpression(table) { ColumnSet = new ColumnSet(false) }).Entities.Count;

    public int CallsDuring(Action action)
    {
        Org.ServiceCalls.Reset();
        action();
        return Org.ServiceCalls.Total;
    }

    public string CallLog() => string.Join(", ", Org.ServiceCalls.ByPluginAndMessage.Select(c => c.Key.PluginType.Split('.').Last() + " " + c.Key.Message + " ×" + c.Value));

    public static DateTime Date(string text) => DateTime.SpecifyKind(DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);

    private void Close(string request, Guid opportunity, decimal? revenue, string closeDate, int status)
    {
        var close = new Entity("opportunityclose")
        {
            ["opportunityid"] = new EntityReference("opportunity", opportunity),
            ["actualend"] = Date(closeDate),
        };
        if (revenue is decimal value)
        {
            close["actualrevenue"] = new Money(value);
        }

        Service.Execute(new OrganizationRequest(request) { ["OpportunityClose"] = close, ["Status"] = new OptionSetValue(status) });
    }
}
