using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg;

namespace SalesPerf.Demo.Reporting;

/// <summary>
/// One manager's "my team this period", as the view My Team's Targets This Quarter lists it: the active targets of the
/// manager's direct reports (owner's <c>parentsystemuserid</c>) in the quarter running at the organisation's time, and
/// those at risk (pace status Behind pace, or projected attainment below 100 %). Stored values only.
/// </summary>
internal sealed record TeamThisPeriod(string Manager, string Period, IReadOnlyList<Entity> Targets)
{
    private const int QuarterType = 100000002;

    /// <summary>spm_pacestatus Behind pace (docs/domain-rules.md "App views: pace and projection").</summary>
    public const int BehindPace = 100000001;

    public IEnumerable<Entity> AtRisk => Targets.Where(t =>
        t.GetAttributeValue<OptionSetValue>("spm_pacestatus")?.Value == BehindPace || ReportData.Dec(t, "spm_projectedattainmentpercent") < 100m);

    /// <summary>One entry per manager with direct reports, ordered by name; empty when no quarter runs today.</summary>
    public static IReadOnlyList<TeamThisPeriod> Read(LocalOrganization org, IReadOnlyList<Entity> targets, DateTime today)
    {
        var day = today.Date;
        var quarter = org.Rows("spm_period").FirstOrDefault(p =>
            p.GetAttributeValue<OptionSetValue>("spm_periodtype")?.Value == QuarterType
            && p.GetAttributeValue<DateTime>("spm_startdate").Date <= day && p.GetAttributeValue<DateTime>("spm_enddate").Date >= day);
        if (quarter is null)
        {
            return [];
        }

        var users = org.Rows("systemuser").ToDictionary(u => u.Id);
        var managerOf = users.Values
            .Where(u => u.GetAttributeValue<EntityReference>("parentsystemuserid") is not null)
            .ToDictionary(u => u.Id, u => u.GetAttributeValue<EntityReference>("parentsystemuserid")!.Id);
        return targets
            .Where(t => t.GetAttributeValue<OptionSetValue>("statecode")?.Value == 0 && ReportData.Ref(t, "spm_periodid")?.Id == quarter.Id)
            .Where(t => ReportData.Ref(t, "ownerid") is { LogicalName: "systemuser" } owner && managerOf.ContainsKey(owner.Id))
            .GroupBy(t => managerOf[ReportData.Ref(t, "ownerid")!.Id])
            .Select(g => new TeamThisPeriod(
                users.TryGetValue(g.Key, out var manager) ? manager.GetAttributeValue<string>("fullname") ?? "" : "",
                quarter.GetAttributeValue<string>("spm_name") ?? "",
                g.OrderBy(t => ReportData.Ref(t, "ownerid")?.Name, StringComparer.Ordinal).ThenBy(t => ReportData.Ref(t, "spm_kpiid")?.Name, StringComparer.Ordinal).ToList()))
            .OrderBy(t => t.Manager, StringComparer.Ordinal)
            .ToList();
    }
}
