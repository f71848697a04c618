using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace SalesPerf.Demo.Generation;

/// <summary>
/// 360° feedback and development plans (issue 15, items 2 and 4). At setup every rep gets a development plan for the
/// year with three items (an internal workshop, an on-the-job goal on revenue, an online course); the workshop is
/// completed a week before the end of business and the goal is in progress, so the plans show progress. At the end of
/// business, before the closing review cycle (same moment, added earlier), the first rep of each team gets a review
/// with a known id — the cycle skips reps who already have one — and up to three other reps are asked for peer
/// feedback; their answers are recorded an hour later by the administrator with a capture source (answers collected by
/// survey form), and the review's weakest scores are proposed as plan items (spm_ProposeDevelopmentItems). Built after
/// the business, so the business's random draws are unchanged.
/// </summary>
internal static class FeedbackSection
{
    private const int Peer = 100000000;
    private const int Submitted = 100000001;
    private const int Goal = 100000000;
    private const int Training = 100000001;
    private const int Internal = 100000000;
    private const int Online = 100000002;
    private const int OnTheJob = 100000003;
    private const int InProgress = 100000001;
    private const int Completed = 100000002;
    private const int PeersAsked = 3;

    private static readonly string[] Comments =
    [
        "Always shares leads with the team 乐于与团队分享线索",
        "Prepares every customer meeting well 每次客户会议都准备充分",
        "Could follow up faster after demos 演示后的跟进可以更及时",
    ];

    public static void Build(DemoWorld world)
    {
        var year = world.Periods[$"FY{world.Options.FiscalYear}"];
        foreach (var rep in world.Reps)
        {
            Plan(world, rep, year);
        }

        foreach (var manager in world.Managers)
        {
            if (world.Reps.FirstOrDefault(r => r.Team == manager.Team) is { } reviewee)
            {
                Feedback(world, reviewee, year);
            }
        }
    }

    private static void Plan(DemoWorld world, DemoPerson rep, EntityReference year)
    {
        var b = world.Builder;
        var at = world.SetupAt.AddHours(3);
        var plan = b.Create(at, "Development plan " + rep.FullName, new Entity("spm_developmentplan")
        {
            ["spm_name"] = $"Development 发展计划 · {rep.FullName}", ["ownerid"] = DemoWorld.User(rep.Id), ["spm_periodid"] = year,
        });
        var revenue = world.Kpis["REV"];
        var workshop = Item(b, at, plan, "Negotiation workshop 谈判技巧培训", Training, Internal, world.Start.AddMonths(1), revenue);
        var goal = Item(b, at, plan, "Shadow a senior rep on five customer calls 跟随资深销售拜访客户五次", Goal, OnTheJob, world.BusinessEnd.AddDays(30), revenue);
        Item(b, at, plan, "Online course: value selling 在线课程：价值销售", Training, Online, world.BusinessEnd.AddDays(60), null);
        b.Add(world.Start.AddDays(7).AddHours(9), "Goal started " + rep.FullName, new UpdateRequest
        {
            Target = new Entity("spm_developmentitem", goal.Id) { ["spm_itemstatus"] = new OptionSetValue(InProgress) },
        });
        b.Add(world.BusinessEnd.AddDays(-7).Date.AddHours(16), "Workshop completed " + rep.FullName, new UpdateRequest
        {
            Target = new Entity("spm_developmentitem", workshop.Id) { ["spm_itemstatus"] = new OptionSetValue(Completed) },
        });
    }

    private static EntityReference Item(PlanBuilder b, DateTime at, EntityReference plan, string name, int type, int kind, DateTime due, EntityReference? kpi)
    {
        var item = new Entity("spm_developmentitem")
        {
            ["spm_name"] = name, ["spm_developmentplanid"] = plan, ["spm_itemtype"] = new OptionSetValue(type),
            ["spm_activitykind"] = new OptionSetValue(kind), ["spm_duedate"] = due.Date,
        };
        if (kpi is not null)
        {
            item["spm_kpiid"] = kpi;
        }

        return b.Create(at, "Development item " + name, item);
    }

    private static void Feedback(DemoWorld world, DemoPerson reviewee, EntityReference year)
    {
        var b = world.Builder;
        var at = world.BusinessEnd;
        var review = b.Create(at, "Review with 360° feedback " + reviewee.FullName, new Entity("spm_review")
        {
            ["ownerid"] = DemoWorld.User(reviewee.Id), ["spm_periodid"] = year,
        });
        var peers = world.Reps.Where(r => r.Id != reviewee.Id).Take(PeersAsked).ToList();
        foreach (var peer in peers)
        {
            var request = b.Create(at, "Feedback request " + peer.FullName + " on " + reviewee.FullName, new Entity("spm_feedbackrequest")
            {
                ["spm_name"] = $"Peer feedback 同事反馈 · {peer.FullName} → {reviewee.FullName}", ["spm_reviewid"] = review,
                ["spm_kind"] = new OptionSetValue(Peer), ["spm_respondentuserid"] = DemoWorld.User(peer.Id),
            });
            b.Add(at.AddHours(1), "Feedback answer " + peer.FullName, new UpdateRequest
            {
                Target = new Entity("spm_feedbackrequest", request.Id)
                {
                    ["spm_teamworkrating"] = b.Random.Next(3, 6), ["spm_growthrating"] = b.Random.Next(2, 6),
                    ["spm_customerfocusrating"] = b.Random.Next(3, 6), ["spm_attituderating"] = b.Random.Next(3, 6),
                    ["spm_comment"] = Comments[b.Random.Next(Comments.Length)],
                    ["spm_capturesource"] = $"Survey form collected {at:yyyy-MM-dd} 调查表收集",
                    ["spm_feedbackstatus"] = new OptionSetValue(Submitted),
                },
            });
        }

        b.Execute(at.AddHours(2), "Propose development items " + reviewee.FullName, DemoRequests.OptionalPrefix + "spm_ProposeDevelopmentItems",
            ("Review", review));
    }
}
