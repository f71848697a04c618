using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg;

namespace SalesPerf.Reviews.Tests.Support;

/// <summary>Users holding SalesPerf roles, a quarter, a manual KPI and scored owners, for the access tests.</summary>
internal static class RoleOrg
{
    public static Guid User(LocalOrganization org, string name, Guid unit, string role)
    {
        var user = org.CreateUser(name, businessUnitId: unit);
        org.AssignRole(user, role);
        return user;
    }

    public static Guid Period(LocalOrganization org) => org.Service.Create(new Entity("spm_period")
    {
        ["spm_name"] = "FY2026 Q1",
        ["spm_code"] = "FY2026-Q1",
        ["spm_periodtype"] = new OptionSetValue(100000002),
        ["spm_startdate"] = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        ["spm_enddate"] = new DateTime(2026, 3, 31, 0, 0, 0, DateTimeKind.Utc),
        ["spm_fiscalyear"] = 2026,
    });

    public static Guid ManualKpi(LocalOrganization org) => org.Service.Create(new Entity("spm_kpi")
    {
        ["spm_name"] = "Customer satisfaction",
        ["spm_code"] = "CSAT",
        ["spm_measure"] = new OptionSetValue(100000013),
        ["spm_direction"] = new OptionSetValue(100000000),
        ["spm_unit"] = new OptionSetValue(100000002),
    });

    /// <summary>A scorecard with one manual target of 100 (weight 100): the engine scores it actual ÷ 100.</summary>
    public static void Scored(LocalOrganization org, Guid owner, Guid period, Guid kpi, decimal actual)
    {
        var scorecard = org.Service.Create(new Entity("spm_scorecard")
        {
            ["spm_name"] = "Scorecard",
            ["ownerid"] = new EntityReference("systemuser", owner),
            ["spm_periodid"] = new EntityReference("spm_period", period),
        });
        var target = org.Service.Create(new Entity("spm_target")
        {
            ["spm_name"] = "Satisfaction",
            ["ownerid"] = new EntityReference("systemuser", owner),
            ["spm_kpiid"] = new EntityReference("spm_kpi", kpi),
            ["spm_periodid"] = new EntityReference("spm_period", period),
            ["spm_scorecardid"] = new EntityReference("spm_scorecard", scorecard),
            ["spm_targetvalue"] = 100m,
            ["spm_weight"] = 100m,
        });
        org.Service.Update(new Entity("spm_target", target) { ["spm_actualvalue"] = actual });
    }
}
