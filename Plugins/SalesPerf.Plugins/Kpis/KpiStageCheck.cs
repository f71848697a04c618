using SalesPerf.Domain.Kpis;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Messages;

namespace SalesPerf.Plugins.Kpis;

/// <summary>
/// A FunnelStageConversion KPI names the stage it measures (<c>spm_salesstage</c>), and the stage must exist
/// (<see cref="SalesStage"/>): none is SPM-KPI-100, an unknown one SPM-KPI-101. Other measures ignore the column.
/// </summary>
public static class KpiStageCheck
{
    public static void Check(LocalPluginContext context, string name, int? measure, int? stage)
    {
        if (measure != (int)Measure.FunnelStageConversion)
        {
            return;
        }

        if (stage is null)
        {
            throw context.BusinessError(ProcessKpiMessages.SalesStageRequired, language => [name, Stages(language)]);
        }

        if (!SalesStage.Exists(stage.Value))
        {
            throw context.BusinessError(ProcessKpiMessages.SalesStageUnknown, language => [name, stage.Value, Stages(language)]);
        }
    }

    private static string Stages(int language) => SalesStage.List(chinese: language == LanguageCodes.ChineseSimplified);
}
