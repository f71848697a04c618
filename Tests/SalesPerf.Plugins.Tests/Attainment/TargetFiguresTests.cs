using SalesPerf.Plugins.DataAccess.Rows;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Tests.Attainment;

/// <summary>Only changed computed columns are written, compared at the columns' precision.</summary>
public sealed class TargetFiguresTests
{
    [Fact]
    public void ChangesTo_SameValuesBeyondColumnPrecision_NothingToWrite()
    {
        var stored = new TargetFigures { ActualValue = 20_000m, AttainmentPercent = 20m, ExpectedToDateValue = 49_438.20m, CalculationTrace = "x" };
        var desired = stored with { ActualValue = 20_000.00001m, ExpectedToDateValue = 49_438.2022m };

        Assert.Empty(stored.ChangesTo(desired, includeActual: true, includeAllocation: false));
    }

    [Fact]
    public void ChangesTo_ManualKpi_ActualNeverWritten()
    {
        var stored = new TargetFigures { ActualValue = 88m };
        var desired = new TargetFigures { ActualValue = null, AttainmentPercent = 110m };

        var changes = stored.ChangesTo(desired, includeActual: false, includeAllocation: false);

        Assert.False(changes.ContainsKey(TargetColumns.ActualValue));
        Assert.Equal(110m, changes[TargetColumns.AttainmentPercent]);
    }

    [Fact]
    public void ChangesTo_ActualRemoved_ClearsTheColumn()
    {
        var stored = new TargetFigures { ActualValue = 20_000m, AttainmentPercent = 20m };

        var changes = stored.ChangesTo(new TargetFigures(), includeActual: true, includeAllocation: false);

        Assert.True(changes.ContainsKey(TargetColumns.ActualValue));
        Assert.Null(changes[TargetColumns.ActualValue]);
        Assert.Null(changes[TargetColumns.AttainmentPercent]);
    }
}
