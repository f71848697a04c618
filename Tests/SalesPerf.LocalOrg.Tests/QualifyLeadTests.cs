using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Tests.Support;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.LocalOrg.Tests;

/// <summary>
/// QualifyLead (QualifyLeadRequest's documented parameters, sent by name): it closes an open lead, creates the rows it
/// is asked for and names them in CreatedEntities. <see cref="LocalOrganizationOptions.QualifyLeadRaisesNestedSetState"/>:
/// whether the platform closes the lead through a nested SetState is not verified; with true the lead's SetState and
/// Update steps fire inside QualifyLead, with false only the QualifyLead step does, and the lead is the same either way.
/// </summary>
public sealed class QualifyLeadTests
{
    private static readonly DateTime Now = new(2026, 3, 31, 12, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void QualifyLead_EitherWay_LeadQualifiedAndStateStepsFireOnlyWithTheNestedSetState(bool nestedSetState)
    {
        var org = Create(nestedSetState);
        var lead = Lead(org);

        var response = org.Service.Execute(Qualify(lead, 3, createAll: true));

        var runs = org.StepLog.Where(e => e.PluginType == typeof(TraceContextPlugin).FullName && e.PrimaryEntity == "lead").Select(e => e.Message).ToList();
        // The nested Update's PostOperation runs inside the SetState's main operation, before the SetState's own.
        Assert.Equal(nestedSetState ? ["Update", "SetState", "QualifyLead"] : ["QualifyLead"], runs);
        var row = org.Service.Retrieve("lead", lead, new ColumnSet("statecode", "statuscode"));
        Assert.Equal(1, row.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Equal(3, row.GetAttributeValue<OptionSetValue>("statuscode").Value);

        var created = (EntityReferenceCollection)response.Results["CreatedEntities"];
        Assert.Equal(["account", "contact", "opportunity"], created.Select(r => r.LogicalName).ToArray());
        Assert.Equal("Contoso", org.Service.Retrieve("account", created[0].Id, new ColumnSet("name")).GetAttributeValue<string>("name"));
        var opportunity = org.Service.Retrieve("opportunity", created[2].Id, new ColumnSet("name", "customerid", "originatingleadid"));
        Assert.Equal("Contoso pilot", opportunity.GetAttributeValue<string>("name"));
        Assert.Equal(created[0].Id, opportunity.GetAttributeValue<EntityReference>("customerid").Id);
        Assert.Equal(lead, opportunity.GetAttributeValue<EntityReference>("originatingleadid").Id);
    }

    [Fact]
    public void QualifyLead_LeadNotOpen_FaultsAndChangesNothing()
    {
        var org = Create(nestedSetState: true);
        var lead = Lead(org);
        org.Service.Execute(Qualify(lead, 3, createAll: false));

        TestOrg.Fault(() => org.Service.Execute(Qualify(lead, 3, createAll: true)));

        Assert.Equal(0, org.Count("account"));
    }

    [Theory]
    [InlineData(1)] // a status of the Open state
    [InlineData(99)] // no such status
    public void QualifyLead_StatusNotOfAClosedState_Faults(int status)
    {
        var org = Create(nestedSetState: false);
        var lead = Lead(org);

        TestOrg.Fault(() => org.Service.Execute(Qualify(lead, status, createAll: false)));

        Assert.Equal(0, org.Service.Retrieve("lead", lead, new ColumnSet("statecode")).GetAttributeValue<OptionSetValue>("statecode").Value);
    }

    private static LocalOrganization Create(bool nestedSetState) => new(new LocalOrganizationOptions
    {
        Steps =
        [
            TestOrg.Step<TraceContextPlugin>("Update", "lead", PipelineStage.PostOperation),
            TestOrg.Step<TraceContextPlugin>("SetState", "lead", PipelineStage.PostOperation),
            TestOrg.Step<TraceContextPlugin>("QualifyLead", "lead", PipelineStage.PostOperation),
        ],
        CustomApis = [],
        UtcNow = Now,
        QualifyLeadRaisesNestedSetState = nestedSetState,
    });

    private static Guid Lead(LocalOrganization org) => org.Service.Create(new Entity("lead")
    {
        ["subject"] = "Contoso pilot",
        ["firstname"] = "Ann",
        ["lastname"] = "Lee",
        ["companyname"] = "Contoso",
    });

    private static OrganizationRequest Qualify(Guid lead, int status, bool createAll) => new("QualifyLead")
    {
        ["LeadId"] = new EntityReference("lead", lead),
        ["CreateAccount"] = createAll,
        ["CreateContact"] = createAll,
        ["CreateOpportunity"] = createAll,
        ["Status"] = new OptionSetValue(status),
    };
}
