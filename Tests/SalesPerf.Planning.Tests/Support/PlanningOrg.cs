using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg;

namespace SalesPerf.Planning.Tests.Support;

/// <summary>A fresh local organisation per test, with every SalesPerf step and custom API registered as packed, plus helpers.</summary>
public sealed class PlanningOrg
{
    public const int Year = 100000000;
    public const int HalfYear = 100000001;
    public const int Quarter = 100000002;
    public const int Month = 100000003;
    public const int MeasureRevenue = 100000000;
    public const int MeasureManual = 100000013;

    public PlanningOrg(int fiscalYearStartMonth = 1, int languageCode = 1033)
    {
        Org = new LocalOrganization(new LocalOrganizationOptions
        {
            FiscalYearStartMonth = fiscalYearStartMonth,
            LanguageCode = languageCode,
            UtcNow = new DateTime(2026, 2, 14, 9, 0, 0, DateTimeKind.Utc),
        });
    }

    public LocalOrganization Org { get; }

    public IOrganizationService Service => Org.Service;

    public Guid CreateYear(int fiscalYear) =>
        Service.Create(new Entity("spm_period") { ["spm_periodtype"] = new OptionSetValue(Year), ["spm_fiscalyear"] = fiscalYear });

    public Guid CreatePeriod(string code, int type, string start, string end, Guid? parent = null)
    {
        var row = new Entity("spm_period")
        {
            ["spm_name"] = code,
            ["spm_code"] = code,
            ["spm_periodtype"] = new OptionSetValue(type),
            ["spm_startdate"] = Date(start),
            ["spm_enddate"] = Date(end),
        };
        if (parent is Guid p)
        {
            row["spm_parentperiodid"] = new EntityReference("spm_period", p);
        }

        return Service.Create(row);
    }

    public Entity Period(string code) => Single("spm_period", "spm_code", code,
        "spm_name", "spm_code", "spm_periodtype", "spm_startdate", "spm_enddate", "spm_parentperiodid", "spm_fiscalyear");

    public List<Entity> Periods() => All("spm_period", "spm_name", "spm_code", "spm_periodtype", "spm_startdate", "spm_enddate", "spm_parentperiodid", "spm_fiscalyear");

    public Guid CreateKpi(string code, int measure = MeasureManual) => Service.Create(new Entity("spm_kpi")
    {
        ["spm_name"] = code,
        ["spm_code"] = code,
        ["spm_measure"] = new OptionSetValue(measure),
        ["spm_direction"] = new OptionSetValue(100000000),
        ["spm_unit"] = new OptionSetValue(100000000),
    });

    public Guid CreateTarget(string name, Guid owner, Guid kpi, Guid period, decimal value, string ownerTable = "systemuser", Guid? parent = null)
    {
        var row = new Entity("spm_target")
        {
            ["spm_name"] = name,
            ["ownerid"] = new EntityReference(ownerTable, owner),
            ["spm_kpiid"] = new EntityReference("spm_kpi", kpi),
            ["spm_periodid"] = new EntityReference("spm_period", period),
            ["spm_targetvalue"] = value,
            ["spm_rollupsource"] = new OptionSetValue(100000000),
        };
        if (parent is Guid p)
        {
            row["spm_parenttargetid"] = new EntityReference("spm_target", p);
        }

        return Service.Create(row);
    }

    public Entity Target(Guid id) => Service.Retrieve("spm_target", id, new ColumnSet(
        "spm_name", "ownerid", "spm_kpiid", "spm_periodid", "spm_parenttargetid", "spm_targetvalue", "spm_rollupsource",
        "spm_allocatedvalue", "spm_allocationvariance", "spm_scorecardid", "spm_weight", "spm_scorecap", "spm_thresholdpercent", "statecode"));

    /// <summary>Active and inactive children of a target, ordered by their period's start.</summary>
    public List<Entity> Children(Guid parent)
    {
        var query = new QueryExpression("spm_target")
        {
            ColumnSet = new ColumnSet("spm_name", "ownerid", "spm_kpiid", "spm_periodid", "spm_targetvalue", "spm_rollupsource", "statecode"),
        };
        query.Criteria.AddCondition("spm_parenttargetid", ConditionOperator.Equal, parent);
        var link = query.AddLink("spm_period", "spm_periodid", "spm_periodid");
        link.EntityAlias = "p";
        link.Columns = new ColumnSet("spm_code", "spm_startdate");
        query.AddOrder("spm_targetvalue", OrderType.Ascending);
        return Service.RetrieveMultiple(query).Entities
            .OrderBy(e => (DateTime)e.GetAttributeValue<AliasedValue>("p.spm_startdate").Value)
            .ThenBy(e => e.GetAttributeValue<EntityReference>("ownerid").Id)
            .ToList();
    }

    public OrganizationResponse Execute(string request, params (string Name, object? Value)[] parameters)
    {
        var message = new OrganizationRequest(request);
        foreach (var (name, value) in parameters)
        {
            message[name] = value;
        }

        return Service.Execute(message);
    }

    public int Count(string table) => Service.RetrieveMultiple(new QueryExpression(table) { ColumnSet = new ColumnSet(false) }).Entities.Count;

    public List<Entity> All(string table, params string[] columns) =>
        Service.RetrieveMultiple(new QueryExpression(table) { ColumnSet = new ColumnSet(columns) }).Entities.ToList();

    public Entity Single(string table, string column, object value, params string[] columns)
    {
        var query = new QueryExpression(table) { ColumnSet = new ColumnSet(columns) };
        query.Criteria.AddCondition(column, ConditionOperator.Equal, value);
        return Assert.Single(Service.RetrieveMultiple(query).Entities);
    }

    public static FaultException<OrganizationServiceFault> Fault(Action action) =>
        Assert.Throws<FaultException<OrganizationServiceFault>>(action);

    public static DateTime Date(string text) =>
        DateTime.SpecifyKind(DateTime.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);

    public static string Day(Entity row, string column) => row.GetAttributeValue<DateTime>(column).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
