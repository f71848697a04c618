using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Commission.Tests.Support;
using static SalesPerf.Commission.Tests.Support.CommissionOrg;
using static SalesPerf.Commission.Tests.Support.PlanSpec;

namespace SalesPerf.Commission.Tests;

/// <summary>The dispute reason is the owner's and goes with the dispute (SPM-STM-006 / 007), through every way a status moves.</summary>
public sealed class StatementDisputeTests
{
    private static (CommissionOrg Org, Guid Statement) OpenStatement()
    {
        var org = CommissionOrg.Create();
        var plan = org.Plan(new PlanSpec(WonRevenue, Cumulative, Retroactive, Amount, new Tier(0m, null, 5m)));
        org.Assign(org.Alice, plan, org.Q1, 100000m, "Alice Q1");
        org.Won(org.Alice, 10000m, "2026-03-20");
        org.Q1Ended();
        return (org, org.Statement(org.Alice, org.Q1).Id);
    }

    private static Entity Read(CommissionOrg org, Guid statement) =>
        org.Service.Retrieve("spm_commissionstatement", statement, new ColumnSet("statuscode", "spm_disputereason"));

    [Fact]
    public void Dispute_ApprovedStatementWithReason_StoresStatusAndReasonTogether()
    {
        var (org, statement) = OpenStatement();
        org.SetStatus(org.Nancy, statement, Approved);

        org.Dispute(org.Alice, statement, "The March deal is missing.");

        var row = Read(org, statement);
        Assert.Equal(Disputed, row.GetAttributeValue<OptionSetValue>("statuscode").Value);
        Assert.Equal("The March deal is missing.", row.GetAttributeValue<string>("spm_disputereason"));
    }

    [Fact]
    public void Dispute_WithoutReason_FaultsStm006AndKeepsTheStatus()
    {
        var (org, statement) = OpenStatement();

        var fault = Fault(() => org.SetStatus(org.Alice, statement, Disputed));

        Assert.StartsWith("[SPM-STM-006] Commission statement 'Alice Q1': a dispute needs its reason.", fault.Message);
        Assert.Equal(Open, Read(org, statement).GetAttributeValue<OptionSetValue>("statuscode").Value);
    }

    [Fact]
    public void Dispute_BlankReason_FaultsStm006AndStoresNothing()
    {
        var (org, statement) = OpenStatement();

        var fault = Fault(() => org.Dispute(org.Alice, statement, "   "));

        Assert.StartsWith("[SPM-STM-006]", fault.Message);
        Assert.Null(Read(org, statement).GetAttributeValue<string>("spm_disputereason"));
    }

    [Fact]
    public void Dispute_BySetStateWhichCarriesNoReason_FaultsStm006()
    {
        var (org, statement) = OpenStatement();

        var fault = Fault(() => org.As(org.Alice).Execute(new OrganizationRequest("SetState")
        {
            ["EntityMoniker"] = new EntityReference("spm_commissionstatement", statement),
            ["State"] = new OptionSetValue(0),
            ["Status"] = new OptionSetValue(Disputed),
        }));

        Assert.StartsWith("[SPM-STM-006]", fault.Message);
        Assert.Equal(Open, Read(org, statement).GetAttributeValue<OptionSetValue>("statuscode").Value);
    }

    [Fact]
    public void Reason_RewrittenAfterTheDispute_FaultsStm007AndKeepsTheFirstReason()
    {
        var (org, statement) = OpenStatement();
        org.Dispute(org.Alice, statement, "The March deal is missing.");

        var fault = Fault(() => org.As(org.Alice).Update(new Entity("spm_commissionstatement", statement) { ["spm_disputereason"] = "Never mind." }));

        Assert.StartsWith("[SPM-STM-007] Commission statement 'Alice Q1' is 'Disputed'", fault.Message);
        Assert.Equal("The March deal is missing.", Read(org, statement).GetAttributeValue<string>("spm_disputereason"));
    }

    [Fact]
    public void Reason_ByManagerSettlingTheDispute_FaultsStm007()
    {
        var (org, statement) = OpenStatement();
        org.Dispute(org.Alice, statement);

        var fault = Fault(() => org.As(org.Nancy).Update(new Entity("spm_commissionstatement", statement)
        {
            ["statuscode"] = new OptionSetValue(Approved),
            ["spm_disputereason"] = "Rejected.",
        }));

        Assert.StartsWith("[SPM-STM-007]", fault.Message);
        Assert.Equal(Disputed, Read(org, statement).GetAttributeValue<OptionSetValue>("statuscode").Value);
    }

    [Fact]
    public void Dispute_ByManagerWithReason_IsRefused()
    {
        var (org, statement) = OpenStatement();

        var fault = Fault(() => org.Dispute(org.Nancy, statement));

        // One operation: the role check (SPM-STM-002) comes first; the platform's two operations (the reason first,
        // dataverse-semantics 1.8, as the local organisation runs it): the reason is not hers to write (SPM-STM-007).
        Assert.Matches(@"^\[SPM-STM-00(2|7)\] Commission statement 'Alice Q1'", fault.Message);
        Assert.Null(Read(org, statement).GetAttributeValue<string>("spm_disputereason"));
    }

    [Fact]
    public void Reason_WrittenByAnotherUser_FaultsStm007()
    {
        var (org, statement) = OpenStatement();

        var fault = Fault(() => org.As(org.Bob).Update(new Entity("spm_commissionstatement", statement) { ["spm_disputereason"] = "Not mine." }));

        Assert.StartsWith("[SPM-STM-007] Commission statement 'Alice Q1' is 'Open': only the statement's owner writes the Dispute Reason", fault.Message);
    }

    [Fact]
    public void Dispute_ReasonStoredByTheOwnerFirst_ThenStatusAlone_Passes()
    {
        var (org, statement) = OpenStatement();
        org.As(org.Alice).Update(new Entity("spm_commissionstatement", statement) { ["spm_disputereason"] = "Rate is wrong." });

        org.SetStatus(org.Alice, statement, Disputed);

        Assert.Equal(Disputed, Read(org, statement).GetAttributeValue<OptionSetValue>("statuscode").Value);
    }
}
