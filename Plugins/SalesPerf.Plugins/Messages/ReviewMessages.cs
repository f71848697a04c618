using System.Collections.Generic;

namespace SalesPerf.Plugins.Messages;

/// <summary>
/// Messages of performance reviews. {0} is the review's name; {1}, {2}, … are the rule's arguments in order (see
/// <c>SalesPerf.Domain.Reviews.ReviewRuleCodes</c>), with statuses and parties already put in the user's language.
/// SPM-REV-001 (a transition out of order) is in <see cref="BusinessMessages"/>.
/// </summary>
public static class ReviewMessages
{
    /// <summary>{0} review, {1} the status change or column, {2} the caller's part in the review, {3} who may do it.</summary>
    public static BusinessMessage ReviewWrongParty { get; } = new(
        MessageCodes.ReviewWrongParty,
        "Review '{0}': only the {3} may do '{1}', and you are {2}. Ask the {3} to make this change.",
        "考评“{0}”：只有{3}可以执行“{1}”，而您的身份是：{2}。请由{3}进行此更改。");

    /// <summary>{0} review, {1} column, {2} status.</summary>
    public static BusinessMessage ReviewReadOnly { get; } = new(
        MessageCodes.ReviewReadOnly,
        "Review '{0}' is {2} and can no longer be changed (column '{1}'). Only the reviewee's acknowledgement of a completed review is still possible.",
        "考评“{0}”已是“{2}”状态，不能再修改（列“{1}”）。已完成的考评只能由被评估人确认。");

    /// <summary>{0} review, {1} column, {2} value.</summary>
    public static BusinessMessage ReviewRatingOutOfRange { get; } = new(
        MessageCodes.ReviewRatingOutOfRange,
        "Review '{0}': the rating '{1}' must be a whole number from 1 to 5 (was {2}). Enter a rating from 1 to 5.",
        "考评“{0}”：评分“{1}”必须是 1 到 5 的整数（当前为 {2}）。请输入 1 到 5 的评分。");

    /// <summary>{0} review, {1} value.</summary>
    public static BusinessMessage ReviewWeightOutOfRange { get; } = new(
        MessageCodes.ReviewWeightOutOfRange,
        "Review '{0}': the quantitative weight must be between 0 and 100 (was {1}). Enter a weight from 0 to 100.",
        "考评“{0}”：定量权重必须在 0 到 100 之间（当前为 {1}）。请输入 0 到 100 的权重。");

    /// <summary>{0} review.</summary>
    public static BusinessMessage ReviewRatingsRequired { get; } = new(
        MessageCodes.ReviewRatingsRequired,
        "Review '{0}': it cannot be completed without ratings. Give at least one rating (teamwork, growth, customer focus, attitude), then complete it.",
        "考评“{0}”：没有评分不能完成。请至少给出一项评分（团队合作、成长、客户导向、工作态度），然后再完成。");

    /// <summary>{0} review, {1} column, {2} status.</summary>
    public static BusinessMessage ReviewFieldNotEditable { get; } = new(
        MessageCodes.ReviewFieldNotEditable,
        "Review '{0}': the column '{1}' cannot be changed while the review is {2}. Make this change at the step it belongs to (setup in Draft, self assessment in Self-assessment, ratings in Manager review).",
        "考评“{0}”：考评处于“{2}”状态时不能修改列“{1}”。请在对应的步骤中修改（草稿阶段设置、自评阶段自评、经理评估阶段评分）。");

    /// <summary>{0} review, {1} the status it was to be created in.</summary>
    public static BusinessMessage ReviewNotCreatedAsDraft { get; } = new(
        MessageCodes.ReviewNotCreatedAsDraft,
        "Review '{0}': a new review starts as Draft, not {1}. Create it without a status, then move it forward one step at a time.",
        "考评“{0}”：新考评必须从“草稿”开始，而不是“{1}”。请不带状态创建，然后逐步推进。");

    /// <summary>{0} review.</summary>
    public static BusinessMessage ReviewerIsReviewee { get; } = new(
        MessageCodes.ReviewerIsReviewee,
        "Review '{0}': the reviewer is the person being reviewed. Choose another reviewer, usually the person's manager, or give the review to the person it is about.",
        "考评“{0}”：考评人就是被考评人本人。请选择其他考评人（通常是其经理），或将考评分配给被考评的人。");

    public static IReadOnlyList<BusinessMessage> All { get; } = new[]
    {
        ReviewerIsReviewee, ReviewWrongParty, ReviewReadOnly, ReviewRatingOutOfRange, ReviewWeightOutOfRange, ReviewRatingsRequired,
        ReviewFieldNotEditable, ReviewNotCreatedAsDraft,
    };
}
