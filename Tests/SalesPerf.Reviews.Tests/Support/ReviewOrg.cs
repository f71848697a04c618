using System;
using System.Linq;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg;
using SalesPerf.LocalOrg.Security;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.Reviews.Tests.Support;

/// <summary>
/// A fresh local organisation with every real registration, and the people of the review tests: Nancy manages Alice
/// and Bob, Mike manages Carl, Oscar holds the SalesPerf Admin role, Rita is nobody in particular. Everyone but Oscar
/// holds System Customizer (every privilege on the solution's tables, no admin): the review rules, not the privileges,
/// decide what they may do. One quarter, FY2026-Q1, with an active scorecard for Alice, Bob and Carl.
/// </summary>
public sealed class ReviewOrg
{
    public const int Draft = 1;
    public const int Acknowledged = 2;
    public const int SelfAssessment = 100000000;
    public const int ManagerReview = 100000001;
    public const int Completed = 100000002;
    public const int Exceeds = 100000001;

    private ReviewOrg(LocalOrganization org)
    {
        Org = org;
        Nancy = org.CreateUser("Nancy Warner");
        Alice = org.CreateUser("Alice Wang", Nancy);
        Bob = org.CreateUser("Bob Li", Nancy);
        Mike = org.CreateUser("Mike Chen");
        Carl = org.CreateUser("Carl Zhou", Mike);
        Oscar = org.CreateUser("Oscar Admin");
        Rita = org.CreateUser("Rita Stone");
        foreach (var user in new[] { Nancy, Alice, Bob, Mike, Carl, Rita })
        {
            org.AssignRole(user, BuiltInRole.SystemCustomizer.TemplateId);
        }

        org.AssignRole(Oscar, "SalesPerf Admin");
        Period = org.Service.Create(new Entity("spm_period")
        {
            ["spm_name"] = "FY2026 Q1",
            ["spm_code"] = "FY2026-Q1",
            ["spm_periodtype"] = new OptionSetValue(100000002),
            ["spm_startdate"] = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            ["spm_enddate"] = new DateTime(2026, 3, 31, 0, 0, 0, DateTimeKind.Utc),
            ["spm_fiscalyear"] = 2026,
        });
        AliceScorecard = Scorecard(Alice, "Alice Wang FY2026 Q1");
        BobScorecard = Scorecard(Bob, "Bob Li FY2026 Q1");
        CarlScorecard = Scorecard(Carl, "Carl Zhou FY2026 Q1");
    }

    private readonly System.Collections.Generic.Dictionary<Guid, Guid> _scoreTargets = new();
    private Guid? _scoreKpi;

    public LocalOrganization Org { get; }

    public Guid Nancy { get; }

    public Guid Alice { get; }

    public Guid Bob { get; }

    public Guid Mike { get; }

    public Guid Carl { get; }

    public Guid Oscar { get; }

    public Guid Rita { get; }

    public Guid Period { get; }

    public Guid AliceScorecard { get; }

    public Guid BobScorecard { get; }

    public Guid CarlScorecard { get; }

    public static ReviewOrg Create(params StepRegistration[] additionalSteps) => Create(Options with { AdditionalSteps = additionalSteps });

    /// <summary>An organisation without the steps of <paramref name="pluginType"/>, e.g. to play a platform that raises fewer events.</summary>
    public static ReviewOrg Without(Type pluginType) =>
        Create(Options with { Steps = PluginCatalog.ReadSteps(typeof(PluginCatalog).Assembly).Where(s => s.PluginType != pluginType).ToList() });

    private static LocalOrganizationOptions Options => new()
    {
        UtcNow = new DateTime(2026, 3, 31, 12, 0, 0, DateTimeKind.Utc),
    };

    private static ReviewOrg Create(LocalOrganizationOptions options) => new(new LocalOrganization(options));

    public IOrganizationService As(Guid user) => Org.ServiceFor(user);

    /// <summary>
    /// Gives the scorecard the weighted score <paramref name="weightedScore"/> through the engine, as a user can: its one
    /// target is a Manual KPI of 100 with weight 1 and cap 1000, so the manager-entered actual is the score
    /// (domain.md §4's hunter scorecard is 106). The weighted score itself is a computed column no user may write.
    /// </summary>
    public void Score(Guid scorecard, decimal weightedScore)
    {
        if (!_scoreTargets.TryGetValue(scorecard, out var target))
        {
            var card = Org.Service.Retrieve("spm_scorecard", scorecard, new ColumnSet("ownerid", "spm_periodid"));
            target = Org.Service.Create(new Entity("spm_target")
            {
                ["spm_name"] = "Score",
                ["ownerid"] = card.GetAttributeValue<EntityReference>("ownerid"),
                ["spm_kpiid"] = new EntityReference("spm_kpi", ScoreKpi()),
                ["spm_periodid"] = card.GetAttributeValue<EntityReference>("spm_periodid"),
                ["spm_targetvalue"] = 100m,
                ["spm_scorecap"] = 1000m,
                ["spm_weight"] = 1m,
                ["spm_scorecardid"] = new EntityReference("spm_scorecard", scorecard),
            });
            _scoreTargets.Add(scorecard, target);
        }

        Org.Service.Update(new Entity("spm_target", target) { ["spm_actualvalue"] = weightedScore });
    }

    private Guid ScoreKpi() => _scoreKpi ??= Org.Service.Create(new Entity("spm_kpi")
    {
        ["spm_name"] = "Manager-entered score",
        ["spm_code"] = "SCORE",
        ["spm_measure"] = new OptionSetValue(100000013),
        ["spm_direction"] = new OptionSetValue(100000000),
        ["spm_unit"] = new OptionSetValue(100000002),
    });

    /// <summary>A Draft review of <paramref name="reviewee"/> for the quarter, created by Nancy (reviewer and scorecard defaulted).</summary>
    public Guid NewReview(Guid reviewee, Guid? creator = null) =>
        As(creator ?? Nancy).Create(new Entity("spm_review")
        {
            ["ownerid"] = new EntityReference("systemuser", reviewee),
            ["spm_periodid"] = new EntityReference("spm_period", Period),
        });

    public Entity Review(Guid id) => Org.Service.Retrieve("spm_review", id, new ColumnSet(true));

    public void SetStatus(Guid user, Guid review, int status) =>
        As(user).Update(new Entity("spm_review", review) { ["statuscode"] = new OptionSetValue(status) });

    public void SetState(Guid user, Guid review, int state, int status) =>
        As(user).Execute(new OrganizationRequest("SetState")
        {
            ["EntityMoniker"] = new EntityReference("spm_review", review),
            ["State"] = new OptionSetValue(state),
            ["Status"] = new OptionSetValue(status),
        });

    /// <summary>The fault of <paramref name="action"/>, which must fail.</summary>
    public static FaultException<OrganizationServiceFault> Fault(Action action) =>
        Assert.Throws<FaultException<OrganizationServiceFault>>(action);

    private Guid Scorecard(Guid owner, string name) => Org.Service.Create(new Entity("spm_scorecard")
    {
        ["spm_name"] = name,
        ["ownerid"] = new EntityReference("systemuser", owner),
        ["spm_periodid"] = new EntityReference("spm_period", Period),
    });
}
