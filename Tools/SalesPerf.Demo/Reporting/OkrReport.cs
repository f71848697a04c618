using System;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg;

namespace SalesPerf.Demo.Reporting;

/// <summary>
/// The report's OKR and check-in section: the alignment tree (each manager's objective, then the objectives aligned to
/// it) with the stored progress of every objective and key result, and per check-in its agenda and actions, the ones not
/// done and due before the organisation's day marked overdue. Stored values only.
/// </summary>
internal static class OkrReport
{
    public static void Write(StringBuilder html, LocalOrganization org, DateTime today)
    {
        var objectives = All(org, "spm_objective");
        var keyResults = All(org, "spm_keyresult");
        html.Append("<section id=\"okrs\"><h2>OKRs · 目标与关键结果</h2>");
        if (objectives.Count == 0)
        {
            html.Append("<p>No objectives 暂无目标.</p>");
        }

        foreach (var top in objectives.Where(o => Ref(o, "spm_parentobjectiveid") is null).OrderBy(Name, StringComparer.Ordinal))
        {
            html.Append("<table><tr><th>Objective 目标</th><th>Owner 负责人</th><th>Key result 关键结果</th><th>Weight 权重</th><th>Progress % 进度</th></tr>");
            Objective(html, top, keyResults, 0);
            foreach (var child in objectives.Where(o => Ref(o, "spm_parentobjectiveid")?.Id == top.Id).OrderBy(Name, StringComparer.Ordinal))
            {
                Objective(html, child, keyResults, 1);
            }

            html.Append("</table>");
        }

        var items = All(org, "spm_checkinitem");
        html.Append("<h2>Check-ins · 沟通面谈</h2>");
        foreach (var checkIn in All(org, "spm_checkin").OrderBy(c => c.GetAttributeValue<DateTime?>("spm_meetingdate")).ThenBy(Name, StringComparer.Ordinal))
        {
            html.Append(CultureInfo.InvariantCulture, $"<details><summary>{Html.Text(Name(checkIn))} · {Html.Text(Ref(checkIn, "spm_managerid")?.Name)} · pre-filled 预填 {checkIn.GetAttributeValue<int?>("spm_prefilleditems") ?? 0}</summary><table><tr><th>Item 事项</th><th>Owner 负责人</th><th>Due 截止</th><th>Status 状态</th></tr>");
            foreach (var item in items.Where(i => Ref(i, "spm_checkinid")?.Id == checkIn.Id).OrderBy(Name, StringComparer.Ordinal))
            {
                var due = item.GetAttributeValue<DateTime?>("spm_duedate");
                var action = item.GetAttributeValue<OptionSetValue>("spm_kind")?.Value == 100000001;
                var done = item.GetAttributeValue<bool?>("spm_done") == true;
                var status = !action ? "Agenda 议程" : done ? "Done 已完成" : due < today.Date ? "Overdue 逾期" : "Open 未完成";
                html.Append(status.StartsWith("Overdue", StringComparison.Ordinal) ? "<tr class=\"risk\">" : "<tr>")
                    .Append(Html.Cell(Name(item))).Append(Html.Cell(Ref(item, "spm_actionownerid")?.Name))
                    .Append(Html.Cell(due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).Append(Html.Cell(status)).Append("</tr>");
            }

            html.Append("</table></details>");
        }

        html.Append("</section>");
    }

    private static void Objective(StringBuilder html, Entity objective, System.Collections.Generic.IReadOnlyList<Entity> keyResults, int depth)
    {
        var indent = depth == 0 ? string.Empty : "↳ ";
        html.Append("<tr>").Append(Html.Cell(indent + Name(objective))).Append(Html.Cell(Ref(objective, "ownerid")?.Name)).Append("<td></td><td></td>")
            .Append(Html.Cell(objective.Id, "spm_progresspercent", objective.GetAttributeValue<decimal?>("spm_progresspercent"))).Append("</tr>");
        foreach (var keyResult in keyResults.Where(k => Ref(k, "spm_objectiveid")?.Id == objective.Id).OrderBy(Name, StringComparer.Ordinal))
        {
            html.Append("<tr><td></td><td></td>").Append(Html.Cell(Name(keyResult)))
                .Append(Html.Cell(keyResult.Id, "spm_weight", keyResult.GetAttributeValue<decimal?>("spm_weight")))
                .Append(Html.Cell(keyResult.Id, "spm_progresspercent", keyResult.GetAttributeValue<decimal?>("spm_progresspercent"))).Append("</tr>");
        }
    }

    private static System.Collections.Generic.IReadOnlyList<Entity> All(LocalOrganization org, string table) =>
        org.Service.RetrieveMultiple(new QueryExpression(table) { ColumnSet = new ColumnSet(true) }).Entities.ToList();

    private static EntityReference? Ref(Entity row, string column) => row.GetAttributeValue<EntityReference>(column);

    private static string Name(Entity row) => row.GetAttributeValue<string>("spm_name") ?? string.Empty;
}
