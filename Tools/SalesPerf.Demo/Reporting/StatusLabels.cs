using Microsoft.Xrm.Sdk;

namespace SalesPerf.Demo.Reporting;

/// <summary>Bilingual labels of the statuses the report shows.</summary>
internal static class StatusLabels
{
    public static string Statement(Entity row) => row.GetAttributeValue<OptionSetValue>("statuscode")?.Value switch
    {
        1 => "Open 未结",
        100000000 => "Approved 已批准",
        100000001 => "Disputed 有争议",
        2 => "Paid 已支付",
        _ => "—",
    };

    public static string Review(Entity row) => row.GetAttributeValue<OptionSetValue>("statuscode")?.Value switch
    {
        1 => "Draft 草稿",
        100000000 => "Self assessment 自评",
        100000001 => "Manager review 经理评估",
        100000002 => "Completed 已完成",
        2 => "Acknowledged 已确认",
        _ => "—",
    };

    public static string Pace(Entity row) => row.GetAttributeValue<OptionSetValue>("spm_pacestatus")?.Value switch
    {
        100000000 => "On pace 按进度",
        100000001 => "Behind pace 落后进度",
        100000002 => "Achieved 已达成",
        _ => "—",
    };

    public static string LineKind(Entity row) => row.GetAttributeValue<OptionSetValue>("spm_kind")?.Value switch
    {
        100000000 => "Earning 提成",
        100000001 => "Clawback 追回",
        100000002 => "Adjustment 调整",
        _ => "—",
    };
}
