using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Commission;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Tests.Doubles;

namespace SalesPerf.Plugins.Tests.Commission;

public sealed class StatementGuardPluginTests
{
    private static readonly Guid StatementId = Guid.Parse("7a1c0d2e-3f40-4b5c-8d6e-7f8091a2b301");
    private static readonly Guid Rep = Guid.Parse("7a1c0d2e-3f40-4b5c-8d6e-7f8091a2b302");
    private static readonly Guid Manager = Guid.Parse("7a1c0d2e-3f40-4b5c-8d6e-7f8091a2b303");

    private static StepContextBuilder Update(Entity change, int status, Guid caller)
    {
        var call = StepContextBuilder.For<StatementGuardPlugin>(MessageNames.Update)
            .WithTarget(change)
            .WithStoredRow(new Entity("spm_commissionstatement", StatementId)
            {
                ["spm_name"] = "Alice Q1",
                ["ownerid"] = new EntityReference("systemuser", Rep),
                ["statuscode"] = new OptionSetValue(status),
            })
            .WithRow(new Entity("systemuser", Rep) { ["parentsystemuserid"] = new EntityReference("systemuser", Manager) });
        call.Context.InitiatingUserId = caller;
        return call;
    }

    [Fact]
    public void Update_EarnedOnApprovedStatement_RejectedAsReadOnly()
    {
        var call = Update(new Entity("spm_commissionstatement", StatementId) { ["spm_earnedamount"] = new Money(1m) }, 100000000, Manager);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => call.Execute(new StatementGuardPlugin()));

        Assert.StartsWith("[SPM-STM-003] Commission statement 'Alice Q1' is Approved", error.Message);
    }

    [Fact]
    public void Update_TraceOnOpenStatement_RejectedAsComputedColumn()
    {
        var call = Update(new Entity("spm_commissionstatement", StatementId) { ["spm_trace"] = "x" }, 1, Rep);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => call.Execute(new StatementGuardPlugin()));

        Assert.StartsWith("[SPM-CMP-001]", error.Message);
        Assert.Contains("spm_trace", error.Message);
    }

    [Fact]
    public void Update_RepApprovesOwnStatement_RejectedWrongRole()
    {
        var call = Update(new Entity("spm_commissionstatement", StatementId) { ["statuscode"] = new OptionSetValue(100000000) }, 1, Rep);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => call.Execute(new StatementGuardPlugin()));

        Assert.Equal("[SPM-STM-002] Commission statement 'Alice Q1': 'Open → Approved' may be done only by Manager/Admin, and you are Rep. Ask someone in that role.", error.Message);
    }

    [Fact]
    public void Update_ManagerApproves_Accepted()
    {
        var call = Update(new Entity("spm_commissionstatement", StatementId) { ["statuscode"] = new OptionSetValue(100000000) }, 1, Manager);

        call.Execute(new StatementGuardPlugin());
    }

    [Fact]
    public void Update_ManagerMovesApprovedBackToOpen_RejectedNoSuchChange()
    {
        var call = Update(new Entity("spm_commissionstatement", StatementId) { ["statuscode"] = new OptionSetValue(1) }, 100000000, Manager);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => call.Execute(new StatementGuardPlugin()));

        Assert.StartsWith("[SPM-STM-001] Commission statement 'Alice Q1': it cannot move from 'Approved' to 'Open'.", error.Message);
    }
}
