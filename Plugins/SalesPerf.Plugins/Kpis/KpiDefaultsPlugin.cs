using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Kpis;

/// <summary>
/// A new KPI whose creator gave no direction or unit takes them from its measure (<see cref="KpiDefaults"/>), before
/// the row is written: a SalesCycleDays KPI is lower-is-better in days, a ratio is in percent, a sum of money an
/// amount, a count a count.
/// </summary>
[Step(CreateStepId, MessageNames.Create, KpiColumns.EntityName, PipelineStage.PreOperation,
    Description = "Sets a new KPI's direction and unit from its measure when they were not given.")]
public sealed class KpiDefaultsPlugin : PluginBase
{
    public const string CreateStepId = "159030e2-35ae-4c4d-9e9b-52f618e6d3bc";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var target = context.TargetEntity;
        if (target is null)
        {
            context.Trace("No KPI in the Target; nothing to do.");
            return;
        }

        var set = KpiDefaults.Apply(target);
        context.Trace(set.Length == 0 ? "Direction and unit kept as given." : "Set from the measure: {0}.", string.Join(", ", set));
    }
}
