using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace SalesPerf.Demo.Generation;

/// <summary>
/// OKRs and check-ins (issue 15, items 1 and 5). At setup: per manager a year objective "Grow the team's revenue" with
/// two entered-value key results; per rep a year objective aligned to the manager's, whose first key result tracks the
/// rep's year revenue target (so every win moves it) and whose second counts customer meetings (0 → 120, entered at
/// the end of business). Two weeks before the end each rep has a weekly one-to-one with a follow-up action due a week
/// later and not done (overdue at the end); after the closing recalculation a second one-to-one whose agenda the
/// plug-in pre-fills from the live numbers. Built after the business, so the business's random draws are unchanged.
/// </summary>
internal static class OkrSection
{
    private const int TracksTarget = 100000000;
    private const int EnteredValue = 100000001;
    private const int FollowUpAction = 100000001;

    public static void Build(DemoWorld world)
    {
        var b = world.Builder;
        var at = world.SetupAt.AddHours(2);
        var code = $"FY{world.Options.FiscalYear}";
        var year = world.Periods[code];
        foreach (var manager in world.Managers)
        {
            var teamObjective = b.Create(at, "Objective " + manager.FullName, new Entity("spm_objective")
            {
                ["spm_name"] = $"Grow {manager.Team} revenue {code}", ["ownerid"] = DemoWorld.User(manager.Id), ["spm_periodid"] = year,
                ["spm_description"] = "Every rep on pace, and the team's new logos.",
            });
            ValueKeyResult(b, at, teamObjective, manager.Id, "Weekly one-to-ones held", 0m, 52m, 1m);
            ValueKeyResult(b, at, teamObjective, manager.Id, "Reps on pace", 0m, world.Reps.Count(r => r.Team == manager.Team), 2m);
            foreach (var rep in world.Reps.Where(r => r.Team == manager.Team))
            {
                var objective = b.Create(at, "Objective " + rep.FullName, new Entity("spm_objective")
                {
                    ["spm_name"] = $"{rep.FullName}: beat the quota {code}", ["ownerid"] = DemoWorld.User(rep.Id), ["spm_periodid"] = year,
                    ["spm_parentobjectiveid"] = teamObjective,
                });
                b.Create(at, "Key result revenue " + rep.FullName, new Entity("spm_keyresult")
                {
                    ["spm_name"] = $"{rep.FullName}: revenue {code}", ["ownerid"] = DemoWorld.User(rep.Id), ["spm_objectiveid"] = objective,
                    ["spm_kind"] = new OptionSetValue(TracksTarget), ["spm_weight"] = 2m, ["spm_targetid"] = world.YearRevenueTargets[rep.Id],
                });
                var meetings = ValueKeyResult(b, at, objective, rep.Id, $"{rep.FullName}: customer meetings", 0m, 120m, 1m);
                b.Add(world.BusinessEnd.AddHours(-1), "Customer meetings " + rep.FullName, new UpdateRequest
                {
                    Target = new Entity("spm_keyresult", meetings.Id) { ["spm_currentvalue"] = decimal.Round(b.Between(10m, 110m)) },
                });
                CheckIns(world, manager, rep);
            }
        }
    }

    private static EntityReference ValueKeyResult(PlanBuilder b, DateTime at, EntityReference objective, Guid owner, string name, decimal start, decimal goal, decimal weight) =>
        b.Create(at, "Key result " + name, new Entity("spm_keyresult")
        {
            ["spm_name"] = name, ["ownerid"] = DemoWorld.User(owner), ["spm_objectiveid"] = objective,
            ["spm_kind"] = new OptionSetValue(EnteredValue), ["spm_weight"] = weight, ["spm_startvalue"] = start, ["spm_goalvalue"] = goal,
        });

    private static void CheckIns(DemoWorld world, DemoPerson manager, DemoPerson rep)
    {
        var b = world.Builder;
        var earlier = world.BusinessEnd.AddDays(-14).Date.AddHours(10);
        var first = b.Create(earlier, "Check-in " + rep.FullName, new Entity("spm_checkin")
        {
            ["spm_name"] = $"{rep.FullName} weekly {earlier:yyyy-MM-dd}", ["spm_repid"] = DemoWorld.User(rep.Id),
            ["spm_managerid"] = DemoWorld.User(manager.Id), ["spm_meetingdate"] = earlier.Date,
            ["spm_notes"] = "Pipeline review; two deals to push before the month ends.",
        });
        b.Create(earlier, "Follow-up " + rep.FullName, new Entity("spm_checkinitem")
        {
            ["spm_name"] = "Send the revised proposals", ["spm_checkinid"] = first, ["spm_kind"] = new OptionSetValue(FollowUpAction),
            ["spm_actionownerid"] = DemoWorld.User(rep.Id), ["spm_duedate"] = earlier.Date.AddDays(7),
        });
        var latest = world.BusinessEnd.AddHours(2);
        b.Create(latest, "Check-in " + rep.FullName, new Entity("spm_checkin")
        {
            ["spm_name"] = $"{rep.FullName} weekly {latest:yyyy-MM-dd}", ["spm_repid"] = DemoWorld.User(rep.Id),
            ["spm_managerid"] = DemoWorld.User(manager.Id), ["spm_meetingdate"] = latest.Date,
        });
    }
}
