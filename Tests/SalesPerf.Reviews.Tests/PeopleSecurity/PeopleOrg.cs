using System;
using System.Linq;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg;

namespace SalesPerf.Reviews.Tests.PeopleSecurity;

/// <summary>
/// Two business units under the root with the solution's roles: East holds two teams (manager Mia with reps Alice and
/// Bob; manager Max with rep Carl) and their director Dora (SalesPerf Manager); West holds manager Wes and rep Dan.
/// SalesPerf Admin Sam sits in the root unit. Everyone works through their own service; <see cref="Admin"/> is the
/// built-in System Administrator.
/// </summary>
internal sealed class PeopleOrg
{
    public const int Peer = 100000000;
    public const int Submitted = 100000001;
    public const int OneToOne = 100000000;
    public const int FollowUpAction = 100000001;
    public const int EnteredValue = 100000001;
    public const int ItemGoal = 100000000;
    public const int ItemCompleted = 100000002;

    public PeopleOrg()
    {
        Org = new LocalOrganization(new LocalOrganizationOptions { UtcNow = new DateTime(2026, 2, 14, 9, 0, 0, DateTimeKind.Utc) });
        East = Org.CreateBusinessUnit("East");
        West = Org.CreateBusinessUnit("West");
        Dora = User("Dora Director", null, East, "SalesPerf Manager");
        Mia = User("Mia Manager", Dora, East, "SalesPerf Manager");
        Max = User("Max Manager", Dora, East, "SalesPerf Manager");
        Alice = User("Alice Wang", Mia, East, "SalesPerf Rep");
        Bob = User("Bob Li", Mia, East, "SalesPerf Rep");
        Carl = User("Carl Chen", Max, East, "SalesPerf Rep");
        Wes = User("Wes West", null, West, "SalesPerf Manager");
        Dan = User("Dan Du", Wes, West, "SalesPerf Rep");
        Sam = User("Sam Admin", null, Org.RootBusinessUnitId, "SalesPerf Admin");
        Q1 = Admin.Create(new Entity("spm_period")
        {
            ["spm_name"] = "FY2026 Q1",
            ["spm_code"] = "FY2026-Q1",
            ["spm_periodtype"] = new OptionSetValue(100000002),
            ["spm_startdate"] = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            ["spm_enddate"] = new DateTime(2026, 3, 31, 0, 0, 0, DateTimeKind.Utc),
            ["spm_fiscalyear"] = 2026,
        });
    }

    public LocalOrganization Org { get; }
    public IOrganizationService Admin => Org.Service;
    public Guid East { get; }
    public Guid West { get; }
    public Guid Dora { get; }
    public Guid Mia { get; }
    public Guid Max { get; }
    public Guid Alice { get; }
    public Guid Bob { get; }
    public Guid Carl { get; }
    public Guid Wes { get; }
    public Guid Dan { get; }
    public Guid Sam { get; }
    public Guid Q1 { get; }

    public IOrganizationService As(Guid user) => Org.ServiceFor(user);

    public static EntityReference UserRef(Guid id) => new("systemuser", id);

    public void SpeaksChinese(Guid user)
    {
        var settings = Org.Rows("usersettings").Single(r => r.GetAttributeValue<Guid>("systemuserid") == user);
        Admin.Update(new Entity("usersettings", settings.Id) { ["uilanguageid"] = 2052 });
    }

    /// <summary>The user can Retrieve the row (a row beyond their read depth faults).</summary>
    public bool CanRetrieve(Guid user, string table, Guid id)
    {
        try
        {
            As(user).Retrieve(table, id, new ColumnSet(false));
            return true;
        }
        catch (FaultException<OrganizationServiceFault>)
        {
            return false;
        }
    }

    /// <summary>The ids a user's query of the whole table returns (trimmed to what they may read).</summary>
    public Guid[] Visible(Guid user, string table) =>
        As(user).RetrieveMultiple(new QueryExpression(table) { ColumnSet = new ColumnSet(false) }).Entities.Select(e => e.Id).ToArray();

    /// <summary>The fault's message of a refused call.</summary>
    public static string Fault(Action call) => Assert.Throws<FaultException<OrganizationServiceFault>>(call).Message;

    /// <summary>A refusal by the roles (PrivilegeDenied), not by a SalesPerf rule.</summary>
    public static void Denied(Action call)
    {
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(call);
        Assert.Equal(unchecked((int)0x80040220), fault.Detail.ErrorCode);
    }

    public Entity Row(string table, Guid id) => Admin.Retrieve(table, id, new ColumnSet(true));

    public Guid Objective(Guid owner, string name) => As(owner).Create(new Entity("spm_objective")
    {
        ["spm_name"] = name,
        ["spm_periodid"] = new EntityReference("spm_period", Q1),
    });

    public Guid ValueKeyResult(Guid caller, Guid objective, string name, decimal current) => As(caller).Create(new Entity("spm_keyresult")
    {
        ["spm_name"] = name,
        ["spm_objectiveid"] = new EntityReference("spm_objective", objective),
        ["spm_kind"] = new OptionSetValue(EnteredValue),
        ["spm_weight"] = 1m,
        ["spm_startvalue"] = 0m,
        ["spm_goalvalue"] = 10m,
        ["spm_currentvalue"] = current,
    });

    public Guid ValueKeyResultOwnedBy(Guid caller, Guid objective, string name, decimal current, Guid? owner)
    {
        var row = new Entity("spm_keyresult")
        {
            ["spm_name"] = name,
            ["spm_objectiveid"] = new EntityReference("spm_objective", objective),
            ["spm_kind"] = new OptionSetValue(EnteredValue),
            ["spm_weight"] = 1m,
            ["spm_startvalue"] = 0m,
            ["spm_goalvalue"] = 10m,
            ["spm_currentvalue"] = current,
        };
        if (owner is Guid given)
        {
            row["ownerid"] = UserRef(given);
        }

        return As(caller).Create(row);
    }

    public Guid OneToOneCheckIn(Guid manager, Guid rep) => As(manager).Create(new Entity("spm_checkin")
    {
        ["spm_name"] = "Weekly 1:1",
        ["spm_kind"] = new OptionSetValue(OneToOne),
        ["spm_repid"] = UserRef(rep),
        ["spm_meetingdate"] = new DateTime(2026, 2, 16, 0, 0, 0, DateTimeKind.Utc),
    });

    public Guid Action(Guid caller, Guid checkIn, Guid actionOwner, string name) => As(caller).Create(new Entity("spm_checkinitem")
    {
        ["spm_name"] = name,
        ["spm_checkinid"] = new EntityReference("spm_checkin", checkIn),
        ["spm_kind"] = new OptionSetValue(FollowUpAction),
        ["spm_actionownerid"] = UserRef(actionOwner),
        ["spm_duedate"] = new DateTime(2026, 2, 20, 0, 0, 0, DateTimeKind.Utc),
    });

    public Guid Plan(Guid manager, Guid person) => As(manager).Create(new Entity("spm_developmentplan")
    {
        ["spm_name"] = "Plan FY2026 Q1",
        ["ownerid"] = UserRef(person),
        ["spm_periodid"] = new EntityReference("spm_period", Q1),
    });

    public Guid PlanItem(Guid caller, Guid plan, string name) => As(caller).Create(new Entity("spm_developmentitem")
    {
        ["spm_name"] = name,
        ["spm_developmentplanid"] = new EntityReference("spm_developmentplan", plan),
        ["spm_itemtype"] = new OptionSetValue(ItemGoal),
    });

    /// <summary>A review of <paramref name="reviewee"/> created by <paramref name="reviewer"/> (the reviewer by default).</summary>
    public Guid Review(Guid reviewer, Guid reviewee) => As(reviewer).Create(new Entity("spm_review")
    {
        ["ownerid"] = UserRef(reviewee),
        ["spm_periodid"] = new EntityReference("spm_period", Q1),
    });

    public Guid PeerRequest(Guid reviewer, Guid review, Guid peer) => As(reviewer).Create(new Entity("spm_feedbackrequest")
    {
        ["spm_reviewid"] = new EntityReference("spm_review", review),
        ["spm_kind"] = new OptionSetValue(Peer),
        ["spm_respondentuserid"] = UserRef(peer),
    });

    public Entity Answer(Guid request, int rating) => new("spm_feedbackrequest", request)
    {
        ["spm_teamworkrating"] = rating,
        ["spm_growthrating"] = rating,
        ["spm_comment"] = "Shares leads.",
        ["spm_feedbackstatus"] = new OptionSetValue(Submitted),
    };

    public Guid Kudos(Guid giver, Guid recipient) => As(giver).Create(new Entity("spm_recognition")
    {
        ["spm_name"] = "Great close",
        ["spm_recipientid"] = UserRef(recipient),
        ["spm_message"] = "Thank you for the Acme renewal.",
    });

    private Guid User(string name, Guid? manager, Guid unit, string role)
    {
        var user = Org.CreateUser(name, manager, unit);
        Org.AssignRole(user, role);
        return user;
    }
}
