using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Demo.Reporting;

/// <summary>Writes the self-contained HTML report: stored values only, charts as inline SVG, headings in English and Chinese.</summary>
internal static class ReportWriter
{
    public static string Write(ReportData data, ReportHeader header)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>SalesPerf demo 销售绩效演示</title><style>")
            .Append("body{font-family:sans-serif;margin:24px;color:#222}table{border-collapse:collapse;margin:8px 0 16px}")
            .Append("td,th{border:1px solid #ccc;padding:3px 8px;font-size:12px}th{background:#eef3f8}td.n{text-align:right}")
            .Append("tr.risk td{background:#fdecea}h2{border-bottom:2px solid #2f6fb3;padding-bottom:4px}details{margin:4px 0}.trace{white-space:pre-wrap;font-size:11px;color:#555}")
            .Append("</style></head><body>");
        html.Append("<h1>SalesPerf demo report · 销售绩效演示报告</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p>Organisation time 组织时间: {header.OrganisationTime:yyyy-MM-dd HH:mm} UTC · seed 种子 {header.Seed} · operations 操作 {header.Operations} · faults 错误 {header.Faults}</p>");
        html.Append("<p>Every number below is a value stored by the organisation (computed by the SalesPerf plug-ins); the report computes nothing. 下列数字均为组织中存储的值。</p>");
        Attainment(html, data);
        Team(html, data, header.OrganisationTime);
        Leaderboard(html, data);
        Scorecards(html, data);
        Commission(html, data);
        Reviews(html, data);
        RecognitionReport.Write(html, data);
        OkrReport.Write(html, data.Org, header.OrganisationTime);
        FeedbackReport.Write(html, data.Org);
        Calls(html, header);
        return html.Append("</body></html>").ToString();
    }

    private static void Attainment(StringBuilder html, ReportData data)
    {
        html.Append("<section id=\"attainment\"><h2>Attainment and pace · 达成与进度</h2>");
        html.Append("<table><tr><th>Owner 负责人</th><th>Target 目标</th><th>Actual 实际</th><th>Attainment % 达成率</th><th>Expected to date 应达进度</th><th>In progress 进行中</th><th>Score 得分</th></tr>");
        foreach (var t in data.YearRevenueTargets)
        {
            html.Append("<tr>").Append(Html.Cell(ReportData.Ref(t, "ownerid")?.Name));
            foreach (var column in new[] { "spm_targetvalue", "spm_actualvalue", "spm_attainmentpercent", "spm_expectedtodatevalue", "spm_inprogressvalue", "spm_scorepercent" })
            {
                html.Append(Html.Cell(t.Id, column, ReportData.Dec(t, column)));
            }

            html.Append("</tr>");
        }

        html.Append("</table>");
        var rows = data.YearRevenueTargets
            .Select(t => (ReportData.Ref(t, "ownerid")?.Name ?? "", new[] { ReportData.Dec(t, "spm_actualvalue"), ReportData.Dec(t, "spm_expectedtodatevalue") }))
            .ToList();
        html.Append(SvgBarChart.Render("Revenue: actual vs expected to date · 收入：实际与应达进度", ["Actual 实际", "Expected to date 应达"], rows));
        var attainment = data.YearRevenueTargets
            .Select(t => (ReportData.Ref(t, "ownerid")?.Name ?? "", new[] { ReportData.Dec(t, "spm_attainmentpercent") }))
            .ToList();
        html.Append(SvgBarChart.Render("Revenue attainment % · 收入达成率", ["Attainment % 达成率"], attainment));
        html.Append("</section>");
    }

    private static void Team(StringBuilder html, ReportData data, DateTime today)
    {
        html.Append("<section id=\"team\"><h2>My team this period · 我的团队本期</h2>");
        html.Append("<p>Each manager's direct reports, targets of the quarter running today (the view My Team's Targets This Quarter); at risk = behind pace or projected below 100 %. 每位经理的直接下属在本季度的目标；风险 = 落后进度或预计达成率低于 100%。</p>");
        var teams = data.Teams(today);
        if (teams.Count == 0)
        {
            html.Append("<p>No quarter runs today 今天不在任何季度内.</p>");
        }

        foreach (var team in teams)
        {
            var atRisk = team.AtRisk.ToList();
            html.Append(CultureInfo.InvariantCulture, $"<h3>{Html.Text(team.Manager)} · {Html.Text(team.Period)} · at risk 有风险: {atRisk.Count} of {team.Targets.Count}</h3>");
            html.Append("<table><tr><th>Owner 负责人</th><th>KPI 指标</th><th>Target 目标</th><th>Actual 实际</th><th>Attainment % 达成率</th><th>Expected to date 应达</th><th>Pace 进度</th><th>Projected 预计</th><th>Projected % 预计达成率</th></tr>");
            foreach (var t in team.Targets)
            {
                html.Append(atRisk.Contains(t) ? "<tr class=\"risk\">" : "<tr>").Append(Html.Cell(ReportData.Ref(t, "ownerid")?.Name)).Append(Html.Cell(ReportData.Ref(t, "spm_kpiid")?.Name));
                foreach (var column in new[] { "spm_targetvalue", "spm_actualvalue", "spm_attainmentpercent", "spm_expectedtodatevalue" })
                {
                    html.Append(Html.Cell(t.Id, column, ReportData.Dec(t, column)));
                }

                html.Append(Html.Cell(StatusLabels.Pace(t)));
                foreach (var column in new[] { "spm_projectedvalue", "spm_projectedattainmentpercent" })
                {
                    html.Append(Html.Cell(t.Id, column, ReportData.Dec(t, column)));
                }

                html.Append("</tr>");
            }

            html.Append("</table>");
        }

        html.Append("</section>");
    }

    private static void Leaderboard(StringBuilder html, ReportData data)
    {
        html.Append("<section id=\"leaderboard\"><h2>Leaderboard · 排行榜</h2>");
        html.Append(CultureInfo.InvariantCulture, $"<p>Source 来源: {Html.Text(data.LeaderboardSource)}</p>");
        html.Append("<table><tr><th>Rank 排名</th><th>Name 姓名</th><th>Weighted score 加权得分</th></tr>");
        foreach (var row in data.Leaderboard)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"n\">{row.Rank?.ToString(CultureInfo.InvariantCulture) ?? "—"}</td>{Html.Cell(row.Name)}<td class=\"n\">{Html.Number(row.Value)}</td></tr>");
        }

        html.Append("</table>");
        html.Append(SvgBarChart.Render("Weighted score · 加权得分", ["Score 得分"], data.Leaderboard.Select(r => (r.Name, new[] { r.Value })).ToList()));
        html.Append("</section>");
    }

    private static void Scorecards(StringBuilder html, ReportData data)
    {
        html.Append("<section id=\"scorecards\"><h2>Scorecards · 计分卡</h2>");
        foreach (var card in data.Scorecards.OrderBy(s => ReportData.Ref(s, "ownerid")?.Name, StringComparer.Ordinal).ThenBy(s => ReportData.Ref(s, "spm_periodid")?.Name, StringComparer.Ordinal))
        {
            html.Append(CultureInfo.InvariantCulture, $"<h3>{Html.Text(ReportData.Ref(card, "ownerid")?.Name)} · {Html.Text(ReportData.Ref(card, "spm_periodid")?.Name)} · {Html.Text(ReportData.Ref(card, "spm_kpisetid")?.Name)}</h3>");
            html.Append("<table><tr><th>Weighted score 加权得分</th><th>Rank 排名</th></tr><tr>")
                .Append(Html.Cell(card.Id, "spm_weightedscore", ReportData.Dec(card, "spm_weightedscore")))
                .Append(Html.WholeCell(card.Id, "spm_rank", card.GetAttributeValue<int?>("spm_rank"))).Append("</tr></table>");
            html.Append("<table><tr><th>KPI 指标</th><th>Weight 权重</th><th>Target 目标</th><th>Actual 实际</th><th>Attainment % 达成率</th><th>Score 得分</th><th>Expected to date 应达</th></tr>");
            foreach (var t in data.Targets.Where(t => ReportData.Ref(t, "spm_scorecardid")?.Id == card.Id))
            {
                html.Append("<tr>").Append(Html.Cell(ReportData.Ref(t, "spm_kpiid")?.Name));
                foreach (var column in new[] { "spm_weight", "spm_targetvalue", "spm_actualvalue", "spm_attainmentpercent", "spm_scorepercent", "spm_expectedtodatevalue" })
                {
                    html.Append(Html.Cell(t.Id, column, ReportData.Dec(t, column)));
                }

                html.Append("</tr>");
            }

            html.Append("</table>");
        }

        html.Append("</section>");
    }

    private static void Commission(StringBuilder html, ReportData data)
    {
        html.Append("<section id=\"commission\"><h2>Commission statements · 提成结算单</h2>");
        if (data.Statements.Count == 0)
        {
            html.Append("<p>No statements were created 尚无结算单.</p>");
        }

        var lines = data.Lines.ToLookup(l => ReportData.Ref(l, "spm_commissionstatementid")?.Id ?? Guid.Empty);
        foreach (var s in data.Statements.OrderBy(s => ReportData.Ref(s, "ownerid")?.Name, StringComparer.Ordinal).ThenBy(s => ReportData.Ref(s, "spm_periodid")?.Name, StringComparer.Ordinal))
        {
            html.Append(CultureInfo.InvariantCulture, $"<h3>{Html.Text(s.GetAttributeValue<string>("spm_name"))} · {Html.Text(StatusLabels.Statement(s))}</h3>");
            html.Append("<table><tr><th>Credit 业绩</th><th>Attainment % 达成率</th><th>Earned 应得</th><th>Clawback 追回</th><th>Adjustment 调整</th><th>Payable 应付</th></tr><tr>");
            foreach (var column in new[] { "spm_creditamount", "spm_attainmentpercent", "spm_earnedamount", "spm_clawbackamount", "spm_adjustmentamount", "spm_payableamount" })
            {
                html.Append(Html.Cell(s.Id, column, ReportData.Dec(s, column)));
            }

            html.Append("</tr></table>");
            html.Append(CultureInfo.InvariantCulture, $"<details><summary>Lines and trace 明细与计算过程 ({lines[s.Id].Count()})</summary>");
            html.Append("<table><tr><th>Kind 类型</th><th>Date 日期</th><th>Credit 业绩</th><th>Split % 分成</th><th>Rate % 费率</th><th>Commission 提成</th><th>Trace 计算过程</th></tr>");
            foreach (var line in lines[s.Id].OrderBy(l => l.GetAttributeValue<DateTime?>("spm_transactiondate")))
            {
                html.Append("<tr>").Append(Html.Cell(StatusLabels.LineKind(line)))
                    .Append(Html.Cell(line.GetAttributeValue<DateTime?>("spm_transactiondate")?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
                foreach (var column in new[] { "spm_creditamount", "spm_splitpercent", "spm_ratepercent", "spm_commissionamount" })
                {
                    html.Append(Html.Cell(line.Id, column, ReportData.Dec(line, column)));
                }

                html.Append(CultureInfo.InvariantCulture, $"<td class=\"trace\">{Html.Text(line.GetAttributeValue<string>("spm_trace"))}</td></tr>");
            }

            html.Append(CultureInfo.InvariantCulture, $"</table><div class=\"trace\">{Html.Text(s.GetAttributeValue<string>("spm_trace"))}</div></details>");
        }

        html.Append("</section>");
    }

    private static void Reviews(StringBuilder html, ReportData data)
    {
        html.Append("<section id=\"reviews\"><h2>Reviews · 绩效评估</h2>");
        if (data.Reviews.Count == 0)
        {
            html.Append("<p>No reviews 暂无评估.</p>");
        }
        else
        {
            html.Append("<table><tr><th>Reviewee 被评估人</th><th>Reviewer 评估人</th><th>Period 周期</th><th>Status 状态</th><th>Quantitative 量化得分</th><th>Overall 综合得分</th></tr>");
            foreach (var r in data.Reviews.OrderBy(r => ReportData.Ref(r, "ownerid")?.Name, StringComparer.Ordinal))
            {
                html.Append("<tr>").Append(Html.Cell(ReportData.Ref(r, "ownerid")?.Name)).Append(Html.Cell(ReportData.Ref(r, "spm_reviewerid")?.Name))
                    .Append(Html.Cell(ReportData.Ref(r, "spm_periodid")?.Name)).Append(Html.Cell(StatusLabels.Review(r)))
                    .Append(Html.Cell(r.Id, "spm_quantitativescore", ReportData.Dec(r, "spm_quantitativescore")))
                    .Append(Html.Cell(r.Id, "spm_overallscore", ReportData.Dec(r, "spm_overallscore"))).Append("</tr>");
            }

            html.Append("</table>");
        }

        html.Append("</section>");
    }

    private static void Calls(StringBuilder html, ReportHeader header)
    {
        html.Append("<section id=\"calls\"><h2>Service calls by plug-ins · 插件服务调用</h2>");
        html.Append(CultureInfo.InvariantCulture, $"<p>Total 合计: {header.PluginCalls.Values.Sum()}</p><table><tr><th>Plug-in type 插件类型</th><th>Calls 调用次数</th></tr>");
        foreach (var (type, count) in header.PluginCalls.OrderByDescending(p => p.Value))
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr>{Html.Cell(type)}<td class=\"n\">{count}</td></tr>");
        }

        html.Append("</table></section>");
    }
}
