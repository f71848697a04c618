using System.Collections.Generic;
using SalesPerf.Domain.Development;
using SalesPerf.Domain.Feedback;

namespace SalesPerf.Plugins.Messages;

/// <summary>
/// Messages of 360° feedback (<c>spm_feedbackrequest</c>, the period's feedback weights) and development plans. {0} is
/// the request's, period's, plan's or item's name; {1}, {2}, … are the rule's arguments (<see cref="FeedbackRuleCodes"/>,
/// <see cref="DevelopmentRuleCodes"/>).
/// </summary>
public static class FeedbackMessages
{
    public static BusinessMessage NotReviewer { get; } = new(FeedbackRuleCodes.NotReviewer,
        "Feedback request '{0}': only the review's reviewer or a SalesPerf admin may ask for feedback.",
        "反馈请求“{0}”：只有该评估的评估人或 SalesPerf 管理员可以邀请反馈。");

    public static BusinessMessage ReviewClosed { get; } = new(FeedbackRuleCodes.ReviewClosed,
        "Feedback request '{0}': the review '{1}' is completed; feedback can no longer be requested or submitted for it.",
        "反馈请求“{0}”：评估“{1}”已完成，不能再为其邀请或提交反馈。");

    public static BusinessMessage RespondentMismatch { get; } = new(FeedbackRuleCodes.RespondentMismatch,
        "Feedback request '{0}': a peer request names a user as respondent and no contact; a customer request names a contact and no user.",
        "反馈请求“{0}”：同事反馈须指定一位用户作为反馈人且不指定联系人；客户反馈须指定一位联系人且不指定用户。");

    public static BusinessMessage RespondentIsParty { get; } = new(FeedbackRuleCodes.RespondentIsParty,
        "Feedback request '{0}': the person reviewed and the reviewer cannot give peer feedback on the review. Choose a colleague.",
        "反馈请求“{0}”：被评估人和评估人不能为该评估提供同事反馈。请选择一位同事。");

    public static BusinessMessage RespondentTwice { get; } = new(FeedbackRuleCodes.RespondentTwice,
        "Feedback request '{0}': this respondent is already asked for feedback on the review '{1}'.",
        "反馈请求“{0}”：该反馈人已被邀请为评估“{1}”提供反馈。");

    public static BusinessMessage ContactNotWorkedWith { get; } = new(FeedbackRuleCodes.ContactNotWorkedWith,
        "Feedback request '{0}': the contact is on none of the won opportunities or fulfilled orders of the person reviewed in the period of '{1}'. Ask a customer they worked with.",
        "反馈请求“{0}”：该联系人不在被评估人于“{1}”周期内赢单的商机或已履行的订单中。请邀请与其合作过的客户。");

    public static BusinessMessage TooManyRequests { get; } = new(FeedbackRuleCodes.TooManyRequests,
        "Feedback request '{0}': a review may have at most {1} feedback requests.",
        "反馈请求“{0}”：每个评估最多可有 {1} 个反馈请求。");

    public static BusinessMessage CreatedAnswered { get; } = new(FeedbackRuleCodes.CreatedAnswered,
        "Feedback request '{0}': a new request starts as Requested without answers (column '{1}'). The respondent answers it afterwards.",
        "反馈请求“{0}”：新请求须为“已邀请”状态且不含答复（列“{1}”）。答复由反馈人随后填写。");

    public static BusinessMessage SetupFixed { get; } = new(FeedbackRuleCodes.SetupFixed,
        "Feedback request '{0}': the column '{1}' cannot change once the request exists. Delete the request and ask again.",
        "反馈请求“{0}”：请求创建后不能更改列“{1}”。请删除该请求后重新邀请。");

    public static BusinessMessage NotRespondent { get; } = new(FeedbackRuleCodes.NotRespondent,
        "Feedback request '{0}': only its respondent (for a customer, the reviewer who records the customer's survey answer) or a SalesPerf admin recording a collected answer may answer it.",
        "反馈请求“{0}”：只有其反馈人（客户反馈则为录入客户调查答复的评估人）或录入已收集答复的 SalesPerf 管理员可以答复。");

    public static BusinessMessage Answered { get; } = new(FeedbackRuleCodes.Answered,
        "Feedback request '{0}': it is already submitted or declined and can no longer be changed (column '{1}').",
        "反馈请求“{0}”：已提交或已谢绝，不能再更改（列“{1}”）。");

    public static BusinessMessage RatingOutOfRange { get; } = new(FeedbackRuleCodes.RatingOutOfRange,
        "Feedback request '{0}': the rating '{1}' must be 1 to 5 (was {2}).",
        "反馈请求“{0}”：评分“{1}”必须为 1 至 5（当前为 {2}）。");

    public static BusinessMessage SubmittedWithoutRating { get; } = new(FeedbackRuleCodes.SubmittedWithoutRating,
        "Feedback request '{0}': it cannot be submitted without at least one rating.",
        "反馈请求“{0}”：至少填写一项评分后才能提交。");

    public static BusinessMessage CaptureSourceMissing { get; } = new(FeedbackRuleCodes.CaptureSourceMissing,
        "Feedback request '{0}': a customer's answer, or an answer recorded on the respondent's behalf, is submitted with how it was captured (e.g. 'survey email of 2026-03-02'). Enter the capture source.",
        "反馈请求“{0}”：提交客户答复或代反馈人录入的答复时，须注明获取方式（例如“2026-03-02 调查邮件”）。请填写获取方式。");

    public static BusinessMessage DeleteSubmitted { get; } = new(FeedbackRuleCodes.DeleteSubmitted,
        "Feedback request '{0}': a submitted answer counts in the review's scores and cannot be deleted.",
        "反馈请求“{0}”：已提交的答复已计入评估得分，不能删除。");

    public static BusinessMessage WeightsInvalid { get; } = new(FeedbackRuleCodes.WeightsInvalid,
        "Period '{0}': the manager, peer and customer feedback weights must all be empty (60 / 20 / 20 apply) or all be 0–100 and add up to 100 (were {1} / {2} / {3}).",
        "周期“{0}”：经理、同事和客户反馈权重须全部为空（采用 60 / 20 / 20），或全部在 0–100 之间且合计为 100（当前为 {1} / {2} / {3}）。");

    public static BusinessMessage MinimumResponsesInvalid { get; } = new(FeedbackRuleCodes.MinimumResponsesInvalid,
        "Period '{0}': the minimum number of feedback responses must be 1 to 50 (was {1}).",
        "周期“{0}”：反馈答复的最少数量必须为 1 至 50（当前为 {1}）。");

    public static BusinessMessage ReviewMissing { get; } = new(FeedbackRuleCodes.ReviewMissing,
        "Feedback request '{0}': choose the review the feedback is for.",
        "反馈请求“{0}”：请选择该反馈所属的评估。");

    public static BusinessMessage PlanTwice { get; } = new(DevelopmentRuleCodes.PlanTwice,
        "Development plan '{0}': this person already has the development plan '{2}' for the period '{1}'. Add items to it instead.",
        "发展计划“{0}”：此人在周期“{1}”已有发展计划“{2}”。请在其中添加事项。");

    public static BusinessMessage CompletedOnWithoutCompletion { get; } = new(DevelopmentRuleCodes.CompletedOnWithoutCompletion,
        "Development item '{0}': a completed-on date is set only on a completed item. Set the status to Completed or clear the date.",
        "发展事项“{0}”：只有已完成的事项才能填写完成日期。请将状态设为“已完成”或清除该日期。");

    public static BusinessMessage TooManyItems { get; } = new(DevelopmentRuleCodes.TooManyItems,
        "Development item '{0}': a development plan may hold at most {1} items.",
        "发展事项“{0}”：每个发展计划最多可包含 {1} 个事项。");

    public static BusinessMessage CompletedInFuture { get; } = new(DevelopmentRuleCodes.CompletedInFuture,
        "Development item '{0}': it cannot be completed on {1}, after today ({2}).",
        "发展事项“{0}”：完成日期 {1} 不能晚于今天（{2}）。");

    public static BusinessMessage PlanMissing { get; } = new(DevelopmentRuleCodes.PlanMissing,
        "Development item '{0}': choose the development plan it belongs to.",
        "发展事项“{0}”：请选择其所属的发展计划。");

    public static IReadOnlyList<BusinessMessage> All { get; } = new[]
    {
        NotReviewer, ReviewClosed, RespondentMismatch, RespondentIsParty, RespondentTwice, ContactNotWorkedWith, TooManyRequests,
        CreatedAnswered, SetupFixed, NotRespondent, Answered, RatingOutOfRange, SubmittedWithoutRating, CaptureSourceMissing,
        DeleteSubmitted, WeightsInvalid, MinimumResponsesInvalid, ReviewMissing,
        PlanTwice, CompletedOnWithoutCompletion, TooManyItems, CompletedInFuture, PlanMissing,
    };
}
