using SalesPerf.Scenarios.Tests.Support;

namespace SalesPerf.Scenarios.Tests.Running;

public sealed class FaultTextTests
{
    [Theory]
    [InlineData("[SPM-TGT-036] Target '3f2504e0-4f89-11d3-9a0c-0305e82c3301': its owner already has …")]
    [InlineData("[SPM-TGT-036] 目标“3F2504E04F8911D39A0C0305E82C3301”：其负责人…")]
    [InlineData("[SPM-PLN-016] Commission plan '-': the tier '3f2504e0-4f89-11d3-9a0c-0305e82c3301' is the plan's last active tier …")]
    public void NamesARecordById_SalesPerfMessageWithAnId_True(string message)
    {
        Assert.True(FaultText.NamesARecordById(message));
    }

    [Theory]
    [InlineData("[SPM-DEL-001] Period 'FY2026 Q1' cannot be deleted: it is used by 2 targets (e.g. 'Alice — Revenue Q1').")]
    [InlineData("[SPM-SYS-001] SalesPerf could not complete 'x' for 'Deal' (opportunity) … the correlation id 3f2504e0-4f89-11d3-9a0c-0305e82c3301, which finds …")]
    [InlineData("[SPM-SYS-001] … 请将关联 ID 3f2504e0-4f89-11d3-9a0c-0305e82c3301 提供给管理员 …")]
    [InlineData("Principal user (Id=3f2504e0-4f89-11d3-9a0c-0305e82c3301, type=8) is missing prvWritespm_target privilege")]
    public void NamesARecordById_NamesACorrelationIdOrAPlatformFault_False(string message)
    {
        Assert.False(FaultText.NamesARecordById(message));
    }
}
