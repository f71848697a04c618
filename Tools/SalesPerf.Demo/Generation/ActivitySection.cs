using System;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Demo.Generation;

/// <summary>
/// Issue 14's facts, a few per rep and month (more for the role a fact judges): visits (appointments regarding the
/// rep's accounts, most completed through SetState, half of them in the days before one of the rep's opportunities was
/// created), leads closed through SetState (qualified or disqualified) and customer survey responses.
/// </summary>
internal static class ActivitySection
{
    private const int Completed = 1;
    private const int CompletedStatus = 3;
    private const int Qualified = 1;
    private const int QualifiedStatus = 3;
    private const int Disqualified = 2;
    private static readonly int[] DisqualifiedStatuses = [4, 5, 6];

    public static int VisitsPerMonth(string role) => role switch { DemoRoles.Field => 4, DemoRoles.Hunter => 3, _ => 2 };

    public static int LeadsPerMonth(string role) => role == DemoRoles.Hunter ? 3 : 1;

    public static int SurveysPerMonth(string role) => role == DemoRoles.KeyAccount ? 2 : 1;

    public static void Build(DemoWorld world)
    {
        var n = 0;
        foreach (var rep in world.Reps)
        {
            var role = world.Roles[rep.Id];
            for (var m = 0; m < world.Options.BusinessMonths; m++)
            {
                var monthStart = world.Start.AddMonths(m);
                for (var i = 0; i < VisitsPerMonth(role); i++)
                {
                    Visit(world, rep, monthStart, ++n);
                }

                for (var i = 0; i < LeadsPerMonth(role); i++)
                {
                    Lead(world, rep, role, monthStart, ++n);
                }

                for (var i = 0; i < SurveysPerMonth(role); i++)
                {
                    Survey(world, rep, monthStart, ++n);
                }
            }
        }
    }

    /// <summary>A day of the month (not before the second day of business, not after its last day).</summary>
    private static DateTime Day(DemoWorld world, DateTime monthStart)
    {
        var day = monthStart.Date.AddDays(world.Builder.Random.Next(DateTime.DaysInMonth(monthStart.Year, monthStart.Month)));
        return day < world.Start.AddDays(1) ? world.Start.AddDays(1) : day > world.BusinessEnd.Date ? world.BusinessEnd.Date : day;
    }

    private static void Visit(DemoWorld world, DemoPerson rep, DateTime monthStart, int number)
    {
        var b = world.Builder;
        var monthEnd = monthStart.AddMonths(1);
        var opportunities = world.Opportunities.Where(o => o.Rep == rep.Id && o.Created >= monthStart && o.Created < monthEnd).ToList();
        EntityReference account;
        DateTime day;
        if (opportunities.Count > 0 && b.Chance(0.5))
        {
            var (_, customer, created) = opportunities[b.Random.Next(opportunities.Count)];
            account = customer;
            day = created.Date.AddDays(-b.Random.Next(0, 11));
            day = day < world.Start.AddDays(1) ? world.Start.AddDays(1) : day;
        }
        else
        {
            var accounts = world.Accounts[rep.Id];
            account = accounts[b.Random.Next(accounts.Count)];
            day = Day(world, monthStart);
        }

        var start = day.AddHours(10);
        var booked = start.AddDays(-3) < world.SetupAt.AddHours(2) ? world.SetupAt.AddHours(2) : start.AddDays(-3);
        var appointment = b.Create(booked, $"Visit {number}", new Entity("appointment")
        {
            ["subject"] = $"Customer visit 客户拜访 #{number:0000}", ["regardingobjectid"] = account, ["ownerid"] = DemoWorld.User(rep.Id),
            ["scheduledstart"] = start, ["scheduledend"] = start.AddHours(1),
        });
        var completeAt = start.AddHours(2);
        if (completeAt <= world.BusinessEnd && b.Chance(0.85))
        {
            b.Execute(completeAt, $"Complete visit {number}", "SetState",
                ("EntityMoniker", appointment), ("State", new OptionSetValue(Completed)), ("Status", new OptionSetValue(CompletedStatus)));
        }
    }

    private static void Lead(DemoWorld world, DemoPerson rep, string role, DateTime monthStart, int number)
    {
        var b = world.Builder;
        var created = Day(world, monthStart).AddHours(9).AddMinutes(30);
        var lead = b.Create(created, $"Lead {number}", new Entity("lead")
        {
            ["subject"] = $"Enquiry 询盘 #{number:0000}", ["lastname"] = $"Lead {number:0000}", ["companyname"] = $"Prospect 潜在客户 #{number:0000}",
            ["ownerid"] = DemoWorld.User(rep.Id),
        });
        var closeAt = created.Date.AddDays(b.Random.Next(3, 21)).AddHours(16);
        if (closeAt > world.BusinessEnd)
        {
            return;
        }

        var qualified = b.Chance(role == DemoRoles.Hunter ? 0.45 : 0.35);
        var status = qualified ? QualifiedStatus : DisqualifiedStatuses[b.Random.Next(DisqualifiedStatuses.Length)];
        b.Execute(closeAt, $"{(qualified ? "Qualify" : "Disqualify")} lead {number}", "SetState",
            ("EntityMoniker", lead), ("State", new OptionSetValue(qualified ? Qualified : Disqualified)), ("Status", new OptionSetValue(status)));
    }

    private static void Survey(DemoWorld world, DemoPerson rep, DateTime monthStart, int number)
    {
        var b = world.Builder;
        var accounts = world.Accounts[rep.Id];
        var account = accounts[b.Random.Next(accounts.Count)];
        var day = Day(world, monthStart);
        b.Create(day.AddHours(14), $"Survey response {number}", new Entity("spm_surveyresponse")
        {
            ["spm_name"] = $"Survey 满意度调查 #{number:0000}", ["spm_customerid"] = account,
            ["spm_score"] = Math.Round(b.Between(50m, 100m)), ["spm_respondedon"] = DateTime.SpecifyKind(day, DateTimeKind.Unspecified),
            ["ownerid"] = DemoWorld.User(rep.Id),
        });
    }
}
