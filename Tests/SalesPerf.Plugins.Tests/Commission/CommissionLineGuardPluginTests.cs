using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Commission;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Tests.Doubles;

namespace SalesPerf.Plugins.Tests.Commission;

public sealed class CommissionLineGuardPluginTests
{
    private static readonly Guid StatementId = Guid.Parse("8b2d1e3f-4051-4c6d-9e7f-8091a2b3c401");
    private static readonly Guid LineId = Guid.Parse("8b2d1e3f-4051-4c6d-9e7f-8091a2b3c402");

    private static StepContextBuilder Update(int status) =>
        StepContextBuilder.For<CommissionLineGuardPlugin>(MessageNames.Update)
            .WithTarget(new Entity("spm_commissionline", LineId) { ["spm_commissionamount"] = new Money(9999m) })
            .WithStoredRow(new Entity("spm_commissionline", LineId) { ["spm_commissionstatementid"] = new EntityReference("spm_commissionstatement", StatementId) })
            .WithRow(new Entity("spm_commissionstatement", StatementId) { ["spm_name"] = "Alice Q1", ["statuscode"] = new OptionSetValue(status) });

    [Fact]
    public void Update_LineOfPaidStatement_RejectedAsReadOnly()
    {
        var error = Assert.Throws<InvalidPluginExecutionException>(() => Update(2).Execute(new CommissionLineGuardPlugin()));

        Assert.StartsWith("[SPM-STM-003] Commission statement 'Alice Q1' is Paid", error.Message);
    }

    [Fact]
    public void Update_LineOfOpenStatement_RejectedAsComputed()
    {
        var error = Assert.Throws<InvalidPluginExecutionException>(() => Update(1).Execute(new CommissionLineGuardPlugin()));

        Assert.StartsWith("[SPM-CMP-001]", error.Message);
    }
}
