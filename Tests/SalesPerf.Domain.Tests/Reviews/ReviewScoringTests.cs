using SalesPerf.Domain.Reviews;

namespace SalesPerf.Domain.Tests.Reviews;

public class ReviewScoringTests
{
    [Fact]
    public void Compute_Quantitative106Ratings4453_Overall98Point2Exceeds()
    {
        var ratings = ReviewRatings.Create(4, 4, 5, 3).Value;

        var score = ReviewScoring.Compute(106m, ratings).Value;

        Assert.Equal(106m, score.QuantitativeScore);
        Assert.Equal(80m, score.QualitativeScore);
        Assert.Equal(98.2m, score.OverallScore);
        Assert.Equal(OverallRating.Exceeds, score.Rating);
        Assert.Equal(
            "Quantitative 106.00 (scorecard weighted score). Qualitative 80.00 = mean of ratings 4, 4, 5, 3 (4) × 20. Overall (70 × 106.00 + 30 × 80.00) ÷ 100 = 98.20 → Exceeds.",
            score.Trace.English);
        Assert.Equal(
            "定量得分 106.00（计分卡加权得分）。定性得分 80.00 = 评分 4, 4, 5, 3 的平均值（4）× 20。综合得分 (70 × 106.00 + 30 × 80.00) ÷ 100 = 98.20 → 超出期望。",
            score.Trace.Chinese);
    }

    [Theory]
    [InlineData(1, 20)] // the lowest rating
    [InlineData(3, 60)] // the middle
    [InlineData(5, 100)] // the highest rating
    public void QualitativeScore_OneRating_MapsTo20Steps(int rating, int expected)
    {
        Assert.Equal(expected, ReviewScoring.QualitativeScore(ReviewRatings.Create(rating, null, null, null).Value));
    }

    [Fact]
    public void QualitativeScore_RatingsWithRepeatingMean_RoundsToTwoDecimals()
    {
        Assert.Equal(86.67m, ReviewScoring.QualitativeScore(ReviewRatings.Create(4, 4, 5, null).Value));
    }

    [Theory]
    [InlineData(110, OverallRating.Outstanding)] // lower edge of Outstanding
    [InlineData(109.99, OverallRating.Exceeds)] // just below Outstanding
    [InlineData(95, OverallRating.Exceeds)] // lower edge of Exceeds
    [InlineData(94.99, OverallRating.Meets)] // just below Exceeds
    [InlineData(80, OverallRating.Meets)] // lower edge of Meets
    [InlineData(79.99, OverallRating.Below)] // just below Meets
    [InlineData(60, OverallRating.Below)] // lower edge of Below
    [InlineData(59.99, OverallRating.Unsatisfactory)] // just below Below
    public void RatingFor_BandEdges_AreInclusiveFromBelow(double overall, OverallRating expected)
    {
        Assert.Equal(expected, ReviewScoring.RatingFor((decimal)overall));
    }

    [Fact]
    public void Compute_CustomWeight_WeighsPartsByIt()
    {
        var score = ReviewScoring.Compute(120m, ReviewRatings.Create(3, 3, 3, 3).Value, 50m).Value;

        Assert.Equal(90m, score.OverallScore); // (50 × 120 + 50 × 60) ÷ 100
        Assert.Equal(OverallRating.Meets, score.Rating);
    }

    [Fact]
    public void Compute_NoRatingsYet_OverallIsTheQuantitativeScore()
    {
        var score = ReviewScoring.Compute(106m, ReviewRatings.None).Value;

        Assert.Null(score.QualitativeScore);
        Assert.Equal(106m, score.OverallScore);
    }

    [Fact]
    public void Compute_NeitherPart_NoOverallAndNoRating()
    {
        var score = ReviewScoring.Compute(null, ReviewRatings.None).Value;

        Assert.Null(score.OverallScore);
        Assert.Null(score.Rating);
    }

    [Theory]
    [InlineData(-1)] // negative weight
    [InlineData(100.5)] // above 100
    public void Compute_WeightOutside0To100_ReportsRev005(double weight)
    {
        var result = ReviewScoring.Compute(100m, ReviewRatings.None, (decimal)weight);

        Assert.Equal(ReviewRuleCodes.WeightOutOfRange, Assert.Single(result.Violations).Code);
    }

    [Theory]
    [InlineData(0, "spm_teamworkrating")] // below 1
    [InlineData(6, "spm_teamworkrating")] // above 5
    public void CreateRatings_OutsideOneToFive_ReportsRev004NamingTheColumn(int rating, string column)
    {
        var violation = Assert.Single(ReviewRatings.Create(rating, 3, 3, 3).Violations);

        Assert.Equal(ReviewRuleCodes.RatingOutOfRange, violation.Code);
        Assert.Equal(new[] { column, rating.ToString() }, violation.Arguments);
    }
}
