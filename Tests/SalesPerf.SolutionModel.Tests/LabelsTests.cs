using System.Collections.Generic;
using System.Linq;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.SolutionModel.Tests;

/// <summary>Every label the solution ships exists in English and Simplified Chinese.</summary>
public sealed class LabelsTests
{
    [Fact]
    public void EveryLabel_BothLanguages_AreNonEmpty()
    {
        var missing = AllLabels()
            .Where(l => string.IsNullOrWhiteSpace(l.Label.English) || string.IsNullOrWhiteSpace(l.Label.Chinese))
            .Select(l => l.Where);
        Assert.Empty(missing);
    }

    [Fact]
    public void CustomTableLabels_Chinese_IsWrittenInChinese()
    {
        var notChinese = AllLabels()
            .Where(l => l.Where.StartsWith("spm_", System.StringComparison.Ordinal))
            .Where(l => !l.Label.Chinese.Any(IsCjk))
            .Select(l => l.Where);
        Assert.Empty(notChinese);
    }

    [Theory]
    [InlineData("spm_target", "目标")]
    [InlineData("spm_period", "绩效周期")]
    [InlineData("spm_kpi", "关键绩效指标")]
    [InlineData("spm_scorecard", "计分卡")]
    [InlineData("spm_commissionplan", "佣金计划")]
    [InlineData("spm_commissiontier", "佣金层级")]
    [InlineData("spm_planassignment", "计划分配")]
    [InlineData("spm_dealsplit", "交易拆分")]
    [InlineData("spm_payment", "回款")]
    [InlineData("spm_commissionstatement", "佣金对账单")]
    [InlineData("spm_commissionline", "佣金明细")]
    [InlineData("spm_review", "绩效评估")]
    public void CustomTable_ChineseDisplayName_IsTheGlossaryTerm(string table, string chinese) =>
        Assert.Equal(chinese, RepositorySource.Metadata.Table(table).DisplayName.For(Label.ChineseLcid));

    private static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff';

    private static IEnumerable<(string Where, Label Label)> AllLabels()
    {
        foreach (var table in RepositorySource.Metadata.Tables)
        {
            var name = table.LogicalName;
            yield return (name, table.DisplayName);
            yield return ($"{name} (plural)", table.PluralName);
            if (table.Description is { } description)
            {
                yield return ($"{name} (description)", description);
            }

            foreach (var column in table.Columns)
            {
                // The label of a custom column on a system table is checked as a custom label.
                var where = column.IsCustom ? $"{column.LogicalName} on {name}" : $"{name}.{column.LogicalName}";
                yield return (where, column.DisplayName);
                if (column.Description is { } columnDescription)
                {
                    yield return ($"{where} (description)", columnDescription);
                }

                foreach (var option in column.Options)
                {
                    yield return ($"{where} = {option.Value}", option.Label);
                }
            }
        }
    }
}
