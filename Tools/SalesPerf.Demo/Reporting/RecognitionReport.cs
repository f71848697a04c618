using System;
using System.Linq;
using System.Text;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Demo.Reporting;

/// <summary>The recognition wall of the demo: honours the organisation granted (by rule) and kudos, newest first.</summary>
internal static class RecognitionReport
{
    private const int Honour = 100000001;

    public static void Write(StringBuilder html, ReportData data)
    {
        var rows = data.Org.Rows("spm_recognition")
            .OrderByDescending(r => r.GetAttributeValue<DateTime?>("spm_recognisedon"))
            .ToList();
        var honours = rows.Where(r => r.GetAttributeValue<OptionSetValue>("spm_kind")?.Value == Honour).ToList();
        html.Append("<section id=\"recognition\"><h2>Recognition · 表彰</h2>");
        html.Append("<p>Honours granted by the rules (first to reach: in the win that crossed; top N: by the recalculation after the period ended) and kudos. 按规则授予的荣誉与点赞。</p>");
        html.Append("<p>Honours 荣誉: ").Append(honours.Count).Append(" · kudos 点赞: ").Append(rows.Count - honours.Count).Append("</p>");
        html.Append("<table><tr><th>When 时间</th><th>Kind 类型</th><th>Recipient 获得者</th><th>Title 标题</th><th>Period 周期</th><th>Reason or message 理由或留言</th></tr>");
        foreach (var r in honours.Concat(rows.Except(honours).Take(12)))
        {
            var when = r.GetAttributeValue<DateTime?>("spm_recognisedon")?.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
            var kind = r.GetAttributeValue<OptionSetValue>("spm_kind")?.Value == Honour ? "Honour 荣誉" : "Kudos 点赞";
            html.Append("<tr>").Append(Html.Cell(when)).Append(Html.Cell(kind)).Append(Html.Cell(ReportData.Ref(r, "spm_recipientid")?.Name))
                .Append(Html.Cell(r.GetAttributeValue<string>("spm_name"))).Append(Html.Cell(ReportData.Ref(r, "spm_periodid")?.Name))
                .Append("<td class=\"trace\">").Append(Html.Text(r.GetAttributeValue<string>("spm_reason") ?? r.GetAttributeValue<string>("spm_message"))).Append("</td></tr>");
        }

        html.Append("</table></section>");
    }
}
