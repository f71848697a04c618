using System;
using System.Linq;
using System.Reflection;
using SalesPerf.Domain.Commission;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Reviews;
using SalesPerf.Domain.Statements;

namespace SalesPerf.Domain.Tests.Commission;

public class CommissionCodesTests
{
    [Theory]
    [InlineData(typeof(CommissionRuleCodes), nameof(CommissionRuleCodes.TiersOverlap), "SPM-PLN-001")] // in the plugin message table
    [InlineData(typeof(CommissionRuleCodes), nameof(CommissionRuleCodes.AssignmentOutsideEffectiveDates), "SPM-PLN-009")] // in the plugin message table
    [InlineData(typeof(CommissionRuleCodes), nameof(CommissionRuleCodes.SplitsOver100), "SPM-SPL-001")] // in the plugin message table
    [InlineData(typeof(StatementRuleCodes), nameof(StatementRuleCodes.StatementReadOnly), "SPM-STM-003")] // in the plugin message table
    [InlineData(typeof(ReviewRuleCodes), nameof(ReviewRuleCodes.TransitionOutOfOrder), "SPM-REV-001")] // in the plugin message table
    [InlineData(typeof(ReviewRuleCodes), nameof(ReviewRuleCodes.WrongParty), "SPM-REV-002")] // in the plugin message table
    [InlineData(typeof(ReviewRuleCodes), nameof(ReviewRuleCodes.ReviewReadOnly), "SPM-REV-003")] // in the plugin message table
    public void Code_SharedWithMessageTable_NeverChanges(Type codes, string name, string code)
    {
        Assert.Equal(code, codes.GetField(name)!.GetValue(null));
    }

    [Fact]
    public void Codes_AcrossAllDomainCodeTables_AreUnique()
    {
        var codes = new[] { typeof(RuleCodes), typeof(CommissionRuleCodes), typeof(StatementRuleCodes), typeof(ReviewRuleCodes) }
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Select(f => (string)f.GetValue(null)!)
            .ToArray();

        Assert.Equal(codes.Length, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^SPM-[A-Z]{3}-[0-9]{3}$", c));
    }
}
