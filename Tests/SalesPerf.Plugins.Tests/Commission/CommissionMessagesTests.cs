using System.Linq;
using SalesPerf.Domain.Commission;
using SalesPerf.Domain.Statements;
using SalesPerf.Plugins.Messages;

namespace SalesPerf.Plugins.Tests.Commission;

public sealed class CommissionMessagesTests
{
    public static TheoryData<string> Codes()
    {
        var codes = new TheoryData<string>();
        foreach (var field in typeof(CommissionRuleCodes).GetFields().Concat(typeof(StatementRuleCodes).GetFields()))
        {
            codes.Add((string)field.GetValue(null)!);
        }

        return codes;
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void BusinessMessages_EveryCommissionRuleCode_HasEnglishAndChinese(string code)
    {
        var message = BusinessMessages.Find(code);

        Assert.Contains("{0}", message.English);
        Assert.Contains("{0}", message.ChineseSimplified);
        Assert.NotEqual(message.English, message.ChineseSimplified);
    }

    [Fact]
    public void BusinessMessages_All_HasNoDuplicateCodes()
    {
        Assert.Equal(BusinessMessages.All.Count, BusinessMessages.All.Select(m => m.Code).Distinct().Count());
    }
}
