using SalesPerf.Domain.Kpis;
using SalesPerf.Domain.Targets;

namespace SalesPerf.Domain.Tests.Targets;

public class ProjectionTests
{
    [Fact]
    public void Of_ActualAndPipeline_SumAndItsAttainment()
    {
        // 40,000 won + 45,000 open closing in the period = 85,000 of 100,000 → 85 %.
        var projection = Projection.Of(Actual.FromValue(40000m), 45000m, 100000m, KpiDirection.HigherIsBetter, 150m);
        Assert.Equal(new Projection(85000m, 85m), projection);
    }

    [Fact]
    public void Of_PipelineWithoutActual_PipelineAlone()
    {
        var projection = Projection.Of(Actual.None, 30000m, 120000m, KpiDirection.HigherIsBetter, 150m);
        Assert.Equal(new Projection(30000m, 25m), projection);
    }

    [Fact]
    public void Of_MeasureWithoutPipeline_NoProjection()
    {
        Assert.Null(Projection.Of(Actual.FromValue(40000m), null, 100000m, KpiDirection.HigherIsBetter, 150m));
    }

    [Fact]
    public void Of_AttainmentRounding_TwoDecimals()
    {
        // 2 + 0 of 3 deals = 66.666… → 66.67 (CurrencyRounding, as attainment).
        Assert.Equal(new Projection(2m, 66.67m), Projection.Of(Actual.FromValue(2m), 0m, 3m, KpiDirection.HigherIsBetter, 150m));
    }
}
