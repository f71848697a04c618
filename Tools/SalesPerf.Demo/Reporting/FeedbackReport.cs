using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg;

namespace SalesPerf.Demo.Reporting;

/// <summary>
/// The report's 360° feedback and development section: per review that asked for feedback, the stored response counts
/// and aggregates (empty until the period's minimum of answers arrived: the anonymity rule) and each request's status;
/// per development plan its stored item counts and progress, and its items. Stored values only.
/// </summary>
internal static class FeedbackReport
{
    private const int Submitted = 100000001;
    private const int Declined = 100000002;
    private const int Completed = 100000002;

    public static void Write(StringBuilder html, LocalOrganization org)
    {
        var requests = All(org, "spm_feedbackrequest");
        html.Append("<section id=\"feedback\"><h2>360° feedback · 360 度反馈</h2>");
        html.Append("<p>Peer and customer scores appear only once the period's minimum number of answers arrived; respondents are not shown. 同事和客户得分仅在答复数达到周期设定的最少数量后显示；不显示反馈人。</p>");
        var reviews = All(org, "spm_review").Where(r => requests.Any(q => Ref(q, "spm_reviewid")?.Id == r.Id)).OrderBy(r => Ref(r, "ownerid")?.Name, StringComparer.Ordinal).ToList();
        if (reviews.Count == 0)
        {
            html.Append("<p>No feedback requested 暂无反馈请求.</p>");
        }
        else
        {
            html.Append("<table><tr><th>Reviewee 被评估人</th><th>Requests 请求</th><th>Answered 已答复</th><th>Peer answers 同事答复</th><th>Peer score 同事得分</th><th>Customer answers 客户答复</th><th>Customer score 客户得分</th><th>Qualitative 定性得分</th></tr>");
            foreach (var review in reviews)
            {
                var mine = requests.Where(q => Ref(q, "spm_reviewid")?.Id == review.Id).ToList();
                var answered = mine.Count(q => Status(q) is Submitted or Declined);
                html.Append("<tr>").Append(Html.Cell(Ref(review, "ownerid")?.Name))
                    .Append(Html.Cell(mine.Count.ToString(CultureInfo.InvariantCulture))).Append(Html.Cell(answered.ToString(CultureInfo.InvariantCulture)))
                    .Append(Html.WholeCell(review.Id, "spm_peerresponses", review.GetAttributeValue<int?>("spm_peerresponses")))
                    .Append(Html.Cell(review.Id, "spm_peerscore", review.GetAttributeValue<decimal?>("spm_peerscore")))
                    .Append(Html.WholeCell(review.Id, "spm_customerresponses", review.GetAttributeValue<int?>("spm_customerresponses")))
                    .Append(Html.Cell(review.Id, "spm_customerscore", review.GetAttributeValue<decimal?>("spm_customerscore")))
                    .Append(Html.Cell(review.Id, "spm_qualitativescore", review.GetAttributeValue<decimal?>("spm_qualitativescore")))
                    .Append("</tr>");
            }

            html.Append("</table>");
        }

        var items = All(org, "spm_developmentitem");
        html.Append("<h2>Development plans · 发展计划</h2>");
        html.Append("<table><tr><th>Person 人员</th><th>Plan 计划</th><th>Items 事项</th><th>Completed 已完成</th><th>Progress % 进度</th></tr>");
        var plans = All(org, "spm_developmentplan").OrderBy(p => Ref(p, "ownerid")?.Name, StringComparer.Ordinal).ToList();
        foreach (var plan in plans)
        {
            html.Append("<tr>").Append(Html.Cell(Ref(plan, "ownerid")?.Name)).Append(Html.Cell(Name(plan)))
                .Append(Html.WholeCell(plan.Id, "spm_itemcount", plan.GetAttributeValue<int?>("spm_itemcount")))
                .Append(Html.WholeCell(plan.Id, "spm_completeditemcount", plan.GetAttributeValue<int?>("spm_completeditemcount")))
                .Append(Html.Cell(plan.Id, "spm_progresspercent", plan.GetAttributeValue<decimal?>("spm_progresspercent"))).Append("</tr>");
        }

        html.Append("</table>");
        foreach (var plan in plans)
        {
            html.Append(CultureInfo.InvariantCulture, $"<details><summary>{Html.Text(Name(plan))}</summary><table><tr><th>Item 事项</th><th>Due 截止</th><th>Status 状态</th><th>Completed on 完成日期</th></tr>");
            foreach (var item in items.Where(i => Ref(i, "spm_developmentplanid")?.Id == plan.Id).OrderBy(Name, StringComparer.Ordinal))
            {
                html.Append("<tr>").Append(Html.Cell(Name(item))).Append(Html.Cell(Date(item, "spm_duedate")))
                    .Append(Html.Cell(ItemStatus(item))).Append(Html.Cell(Date(item, "spm_completedon"))).Append("</tr>");
            }

            html.Append("</table></details>");
        }

        html.Append("</section>");
    }

    private static string ItemStatus(Entity item) => item.GetAttributeValue<OptionSetValue>("spm_itemstatus")?.Value switch
    {
        100000001 => "In progress 进行中",
        Completed => "Completed 已完成",
        100000003 => "Cancelled 已取消",
        _ => "Not started 未开始",
    };

    private static int? Status(Entity request) => request.GetAttributeValue<OptionSetValue>("spm_feedbackstatus")?.Value;

    private static string? Date(Entity row, string column) =>
        row.GetAttributeValue<DateTime?>(column)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static IReadOnlyList<Entity> All(LocalOrganization org, string table) =>
        org.Service.RetrieveMultiple(new QueryExpression(table) { ColumnSet = new ColumnSet(true) }).Entities.ToList();

    private static EntityReference? Ref(Entity row, string column) => row.GetAttributeValue<EntityReference>(column);

    private static string Name(Entity row) => row.GetAttributeValue<string>("spm_name") ?? string.Empty;
}
