using System.Linq;

namespace SalesPerf.SolutionModel.Tests;

/// <summary>The engine-written columns of domain.md section 2 are flagged computed; the ones a user fills are not.</summary>
public sealed class ComputedColumnsTests
{
    [Theory]
    [InlineData("spm_target", "spm_actualvalue")]
    [InlineData("spm_target", "spm_numerator")]
    [InlineData("spm_target", "spm_denominator")]
    [InlineData("spm_target", "spm_inprogressvalue")]
    [InlineData("spm_target", "spm_attainmentpercent")]
    [InlineData("spm_target", "spm_scorepercent")]
    [InlineData("spm_target", "spm_expectedtodatevalue")]
    [InlineData("spm_target", "spm_allocatedvalue")]
    [InlineData("spm_target", "spm_allocationvariance")]
    [InlineData("spm_target", "spm_lastcalculatedon")]
    [InlineData("spm_target", "spm_calculationtrace")]
    [InlineData("spm_scorecard", "spm_weightedscore")]
    [InlineData("spm_scorecard", "spm_rank")]
    [InlineData("spm_scorecard", "spm_lastcalculatedon")]
    [InlineData("spm_commissionstatement", "spm_creditamount")]
    [InlineData("spm_commissionstatement", "spm_attainmentpercent")]
    [InlineData("spm_commissionstatement", "spm_earnedamount")]
    [InlineData("spm_commissionstatement", "spm_clawbackamount")]
    [InlineData("spm_commissionstatement", "spm_adjustmentamount")]
    [InlineData("spm_commissionstatement", "spm_payableamount")]
    [InlineData("spm_commissionstatement", "spm_trace")]
    [InlineData("spm_review", "spm_quantitativescore")]
    [InlineData("spm_review", "spm_qualitativescore")]
    [InlineData("spm_review", "spm_overallscore")]
    [InlineData("spm_review", "spm_overallrating")]
    public void EngineColumn_IsComputed_IsTrue(string table, string column)
    {
        var definition = RepositorySource.Column(table, column);
        Assert.True(definition.IsComputed);
        Assert.False(definition.IsPlatformMaintained);
    }

    [Theory]
    [InlineData("spm_target", "spm_targetvalue")]
    [InlineData("spm_target", "spm_weight")]
    [InlineData("spm_target", "spm_scorecap")]
    [InlineData("spm_review", "spm_teamworkrating")]
    [InlineData("spm_review", "spm_quantitativeweight")]
    [InlineData("spm_review", "spm_employeecomments")]
    [InlineData("spm_payment", "spm_amount")]
    [InlineData("spm_dealsplit", "spm_splitpercent")]
    public void UserColumn_IsComputed_IsFalse(string table, string column) =>
        Assert.False(RepositorySource.Column(table, column).IsComputed);

    [Fact]
    public void ComputedFlag_OnlyOnSolutionColumns_IsSet()
    {
        var flagged = RepositorySource.Metadata.Tables.SelectMany(t => t.Columns).Where(c => c.IsComputed);
        Assert.All(flagged, c => Assert.StartsWith("spm_", c.LogicalName, System.StringComparison.Ordinal));
    }
}
