using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Attainment.Tests.Support;
using SalesPerf.LocalOrg;
using SalesPerf.LocalOrg.Pipeline;
using SalesPerf.Plugins.Attainment;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.Attainment.Tests;

/// <summary>
/// A lead qualified through QualifyLead (domain-rules.md "Process KPI gaps"): its step, registered by Complete setup,
/// stamps <c>spm_closedon</c> and moves the owner's lead conversion in the same transaction. Whether the platform closes
/// the lead through a nested SetState (whose SetState, SetStateDynamicEntity and Update steps then fire inside
/// QualifyLead) is not verified (<see cref="LocalOrganizationOptions.QualifyLeadRaisesNestedSetState"/>): every case runs
/// both ways, and once in an organisation imported without setup where the test runs spm_CompleteSetup itself.
/// </summary>
public sealed class QualifyLeadTests
{
    private static readonly DateTime FifthOfMarch = new(2026, 3, 5, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(true, false)] // set up when built; QualifyLead closes the lead through a nested SetState
    [InlineData(false, false)] // set up when built; QualifyLead changes the lead without one
    [InlineData(true, true)] // imported without setup; spm_CompleteSetup run by the test
    [InlineData(false, true)]
    public void QualifyLead_OneQualifiedOneDisqualified_StampedAndCountedOnceEitherWay(bool nestedSetState, bool setupInTest)
    {
        var (org, alice, target) = Book(nestedSetState, setupInTest);
        var disqualified = Lead(org, alice, "Lead 2");
        org.Service.Execute(SetState(disqualified, 2, 4));
        var qualified = Lead(org, alice, "Lead 1");

        var before = org.Org.StepLog.Count;
        var response = org.Service.Execute(Qualify(qualified, createOpportunity: true));
        var log = org.Org.StepLog.Skip(before).ToList();

        // 1 qualified ÷ 2 closed = 50 %, against a target of 50 %: 100 %.
        Assert.Equal(new DateTime(2026, 3, 5), org.Row("lead", qualified).GetAttributeValue<DateTime?>("spm_closedon")?.Date);
        Assert.Equal(1m, org.Number("spm_target", target, "spm_numerator"));
        Assert.Equal(2m, org.Number("spm_target", target, "spm_denominator"));
        Assert.Equal(50m, org.Number("spm_target", target, "spm_actualvalue"));
        Assert.Equal(100m, org.Number("spm_target", target, "spm_attainmentpercent"));
        AssertHandledOnce(log, nestedSetState);

        // The platform's own work: the lead is qualified and the asked rows exist, the opportunity pointing back at it.
        Assert.Equal(1, org.Row("lead", qualified).GetAttributeValue<OptionSetValue>("statecode").Value);
        var created = (EntityReferenceCollection)response.Results["CreatedEntities"];
        Assert.Equal(["account", "contact", "opportunity"], created.Select(r => r.LogicalName).ToArray());
        Assert.Equal(qualified, org.Row("opportunity", created[2].Id).GetAttributeValue<EntityReference>("originatingleadid").Id);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void QualifyLead_CallBudget_OneReadMoreThanAQualificationBySetState(bool nestedSetState)
    {
        // QualifyLead has no images: its step reads the lead once, then does exactly what the SetState step does.
        var (org, alice, _) = Book(nestedSetState, setupInTest: false);
        var bySetState = Lead(org, alice, "By SetState");
        var byQualify = Lead(org, alice, "By QualifyLead");
        var plugin = typeof(LeadAttainmentPlugin).FullName!;

        org.CallsDuring(() => org.Service.Execute(SetState(bySetState, 1, 3)));
        var setStateCalls = org.Org.ServiceCalls.ByPlugin.GetValueOrDefault(plugin);
        org.CallsDuring(() => org.Service.Execute(Qualify(byQualify, createOpportunity: false)));
        var qualifyCalls = org.Org.ServiceCalls.ByPlugin.GetValueOrDefault(plugin);

        Assert.Equal(setStateCalls + 1, qualifyCalls);
    }

    [Fact]
    public void QualifyLead_BeforeCompleteSetup_NotStamped_AfterSetup_TheNextOneIs()
    {
        // The step lives only in the organisation (its message id is not public): until setup runs, QualifyLead stamps
        // nothing (the nested SetState, if the platform raises one, stands aside for the QualifyLead step).
        var org = new SalesOrg(FifthOfMarch, completeSetup: false);
        var alice = org.User("Alice");
        var first = Lead(org, alice, "Before setup");
        org.Service.Execute(Qualify(first, createOpportunity: false));
        Assert.Null(org.Row("lead", first).GetAttributeValue<DateTime?>("spm_closedon"));

        org.Service.Execute(new OrganizationRequest("spm_CompleteSetup"));
        var second = Lead(org, alice, "After setup");
        org.Service.Execute(Qualify(second, createOpportunity: false));
        Assert.Equal(new DateTime(2026, 3, 5), org.Row("lead", second).GetAttributeValue<DateTime?>("spm_closedon")?.Date);
    }

    private static (SalesOrg Org, Guid Alice, Guid Target) Book(bool nestedSetState, bool setupInTest)
    {
        var org = new SalesOrg(FifthOfMarch, completeSetup: !setupInTest, qualifyLeadRaisesNestedSetState: nestedSetState);
        if (setupInTest)
        {
            org.Service.Execute(new OrganizationRequest("spm_CompleteSetup"));
        }

        var periods = org.Fy2026();
        var alice = org.User("Alice");
        var target = org.Target(alice, org.Kpi("Lead conversion", Measures.LeadConversionRate), periods.Q1, 50m);
        return (org, alice, target);
    }

    private static Guid Lead(SalesOrg org, Guid owner, string subject) => org.Service.Create(new Entity("lead")
    {
        ["subject"] = subject,
        ["lastname"] = subject,
        ["companyname"] = subject + " Ltd",
        ["ownerid"] = new EntityReference("systemuser", owner),
    });

    private static OrganizationRequest SetState(Guid lead, int state, int status) => new("SetState")
    {
        ["EntityMoniker"] = new EntityReference("lead", lead),
        ["State"] = new OptionSetValue(state),
        ["Status"] = new OptionSetValue(status),
    };

    /// <summary>QualifyLeadRequest's parameters (Microsoft.Crm.Sdk.Proxy), sent by name.</summary>
    private static OrganizationRequest Qualify(Guid lead, bool createOpportunity) => new(MessageNames.QualifyLead)
    {
        ["LeadId"] = new EntityReference("lead", lead),
        ["CreateAccount"] = createOpportunity,
        ["CreateContact"] = createOpportunity,
        ["CreateOpportunity"] = createOpportunity,
        ["Status"] = new OptionSetValue(3),
    };

    /// <summary>The QualifyLead step recomputed, once; with a nested SetState the lead's state-change steps ran and stood aside.</summary>
    private static void AssertHandledOnce(List<StepLogEntry> log, bool nestedSetState)
    {
        var plugin = typeof(LeadAttainmentPlugin).FullName!;
        var recomputed = log.Where(e => e.PluginType == plugin && e.Trace.Any(line => line.Contains("] Recomputed ", StringComparison.Ordinal))).ToList();
        Assert.Equal(MessageNames.QualifyLead, Assert.Single(recomputed).Message);
        Assert.DoesNotContain(log, e => e.Outcome == StepOutcome.Failed);
        var nested = log.Where(e => e.PluginType == plugin && e.PrimaryEntity == "lead" && e.Message != MessageNames.QualifyLead).ToList();
        if (nestedSetState)
        {
            // The SetState step stands aside for QualifyLead, the Update inside that SetState for the SetState.
            Assert.Contains(nested, e => e.Message == MessageNames.SetState
                && e.Trace.Any(line => line.Contains("raised inside QualifyLead of the same row", StringComparison.Ordinal)));
            Assert.All(nested, e => Assert.Contains(e.Trace, line => line.Contains("of the same row; that message's step handles the change", StringComparison.Ordinal)));
        }
        else
        {
            Assert.Empty(nested);
        }
    }
}
