using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Feedback;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Messages;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Reviews;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Feedback;

/// <summary>
/// The rules of a 360° feedback request (an admin may record an answer on the respondent's behalf, with its capture source) (SPM-FBK-001…015, 018; SPM-CMP-001 for its engine columns), all reported at
/// once before anything is written. On Create the request is given its owner — the peer who answers, or for a customer
/// the reviewer who captures the customer's survey answer — and its reviewee; on submission its score (mean rating × 20)
/// and time. The review's aggregates are refreshed after the write by <see cref="FeedbackAggregationPlugin"/>.
/// </summary>
[Step(CreateStepId, MessageNames.Create, FeedbackRequestColumns.EntityName, PipelineStage.PreOperation,
    Description = "360° feedback request rules on create; owner = respondent (peer) or reviewer (customer survey).")]
[Step(UpdateStepId, MessageNames.Update, FeedbackRequestColumns.EntityName, PipelineStage.PreOperation,
    Description = "360° feedback answer rules: only the owner answers, once; ratings 1–5; score stamped on submission.",
    FilteringAttributes = new[]
    {
        FeedbackRequestColumns.ReviewId, FeedbackRequestColumns.Kind, FeedbackRequestColumns.RespondentUserId, FeedbackRequestColumns.RespondentContactId,
        FeedbackRequestColumns.Status, FeedbackRequestColumns.TeamworkRating, FeedbackRequestColumns.GrowthRating, FeedbackRequestColumns.CustomerFocusRating,
        FeedbackRequestColumns.AttitudeRating, FeedbackRequestColumns.Comment, FeedbackRequestColumns.CaptureSource, FeedbackRequestColumns.Score,
        FeedbackRequestColumns.SubmittedOn, FeedbackRequestColumns.RevieweeId,
    })]
[StepImage(UpdateStepId, ImageType.PreImage, ImageName,
    FeedbackRequestColumns.Name, FeedbackRequestColumns.OwnerId, FeedbackRequestColumns.ReviewId, FeedbackRequestColumns.Kind,
    FeedbackRequestColumns.RespondentUserId, FeedbackRequestColumns.RespondentContactId, FeedbackRequestColumns.Status,
    FeedbackRequestColumns.TeamworkRating, FeedbackRequestColumns.GrowthRating, FeedbackRequestColumns.CustomerFocusRating,
    FeedbackRequestColumns.AttitudeRating, FeedbackRequestColumns.Comment, FeedbackRequestColumns.CaptureSource,
    FeedbackRequestColumns.Score, FeedbackRequestColumns.SubmittedOn, FeedbackRequestColumns.RevieweeId)]
[Step(DeleteStepId, MessageNames.Delete, FeedbackRequestColumns.EntityName, PipelineStage.PreOperation,
    Description = "A submitted 360° feedback answer cannot be deleted.")]
[StepImage(DeleteStepId, ImageType.PreImage, ImageName, FeedbackRequestColumns.Name, FeedbackRequestColumns.Status)]
public sealed class FeedbackRequestPlugin : PluginBase
{
    public const string CreateStepId = "c5d04507-c009-4fe2-8498-7b0d335d577e";
    public const string UpdateStepId = "ba2aaf5c-967e-4c77-8d7e-69e905553a4b";
    public const string DeleteStepId = "9267ef9c-5fea-4222-ae73-eeb50486231e";
    public const string ImageName = "PreImage";

    protected override bool GuardsRecursion => false;

    protected override void ExecuteStep(LocalPluginContext context)
    {
        switch (context.Context.MessageName)
        {
            case MessageNames.Create:
                OnCreate(context, context.TargetEntity!);
                break;
            case MessageNames.Update:
                if (!context.IsEngineWrite)
                {
                    OnUpdate(context, context.TargetEntity!);
                }

                break;
            case MessageNames.Delete:
                var before = FeedbackRequestRow.Of(context.PreImage(ImageName));
                if (before.Status == FeedbackStatus.Submitted)
                {
                    throw context.RuleError(before.Name, new[] { RuleViolation.Of(FeedbackRuleCodes.DeleteSubmitted) });
                }

                break;
        }
    }

    private static void OnCreate(LocalPluginContext context, Entity target)
    {
        var request = FeedbackRequestRow.Of(target);
        var violations = new List<RuleViolation>();
        if (!context.IsEngineWrite)
        {
            violations.AddRange(FeedbackRequestColumns.EngineOnlyColumns.Where(target.Contains)
                .Select(c => RuleViolation.Of(MessageCodes.ComputedColumn, FeedbackRequestColumns.EntityName, c)));
        }

        if (request.Review is null)
        {
            violations.Add(RuleViolation.Of(FeedbackRuleCodes.ReviewMissing));
            throw context.RuleError(request.Name, violations);
        }

        var review = FeedbackReview.Read(context.SystemService, request.Review.Id);
        var name = target.GetAttributeValue<string>(FeedbackRequestColumns.Name) is { Length: > 0 } given ? given : "Feedback: " + review.Name;
        var caller = context.Context.InitiatingUserId;
        if (caller != review.Reviewer && !context.IsEngineWrite && !AdminRoles.Holds(context.SystemService, caller))
        {
            violations.Add(RuleViolation.Of(FeedbackRuleCodes.NotReviewer));
        }

        if (review.IsClosed)
        {
            violations.Add(RuleViolation.Of(FeedbackRuleCodes.ReviewClosed, review.Name));
        }

        var kindOk = request.Kind switch
        {
            FeedbackKind.Peer => request.RespondentUser is not null && request.RespondentContact is null,
            FeedbackKind.Customer => request.RespondentContact is not null && request.RespondentUser is null,
            _ => false,
        };
        if (!kindOk)
        {
            violations.Add(RuleViolation.Of(FeedbackRuleCodes.RespondentMismatch));
        }
        else if (request.Kind == FeedbackKind.Peer && (request.RespondentUser!.Id == review.Reviewee || request.RespondentUser.Id == review.Reviewer))
        {
            violations.Add(RuleViolation.Of(FeedbackRuleCodes.RespondentIsParty));
        }

        violations.AddRange(CreatedAnswered(target));
        if (kindOk)
        {
            var asked = FeedbackQueries.Respondents(context.SystemService, review.Id);
            if (asked.Contains(request.Respondent!.Value))
            {
                violations.Add(RuleViolation.Of(FeedbackRuleCodes.RespondentTwice, review.Name));
            }
            else if (asked.Count >= FeedbackRequestColumns.MaxPerReview)
            {
                violations.Add(RuleViolation.Of(FeedbackRuleCodes.TooManyRequests, FeedbackRequestColumns.MaxPerReview));
            }

            if (request.Kind == FeedbackKind.Customer && review.Reviewee.HasValue && review.Period.HasValue
                && !FeedbackQueries.WorkedWith(context.SystemService, request.RespondentContact!.Id, review.Reviewee.Value, review.Period.Value))
            {
                violations.Add(RuleViolation.Of(FeedbackRuleCodes.ContactNotWorkedWith, review.Name));
            }
        }

        if (violations.Count > 0)
        {
            throw context.RuleError(name, violations);
        }

        target[FeedbackRequestColumns.Name] = name;
        var owner = request.Kind == FeedbackKind.Peer ? request.RespondentUser!.Id : review.Reviewer ?? caller;
        target[FeedbackRequestColumns.OwnerId] = new EntityReference(OwnerColumns.UserEntityName, owner);
        if (review.Reviewee.HasValue)
        {
            target[FeedbackRequestColumns.RevieweeId] = new EntityReference(OwnerColumns.UserEntityName, review.Reviewee.Value);
        }

        context.Trace("Feedback request on review {0:D}: {1}, owner {2:D}.", review.Id, request.Kind, owner);
    }

    /// <summary>A new request is Requested and carries no answer yet (SPM-FBK-008).</summary>
    private static IEnumerable<RuleViolation> CreatedAnswered(Entity target)
    {
        var status = target.GetAttributeValue<OptionSetValue>(FeedbackRequestColumns.Status);
        if (status is not null && status.Value != (int)FeedbackStatus.Requested)
        {
            yield return RuleViolation.Of(FeedbackRuleCodes.CreatedAnswered, FeedbackRequestColumns.Status);
        }

        foreach (var column in FeedbackRequestColumns.Ratings.Concat(new[] { FeedbackRequestColumns.Comment }))
        {
            if (target.Contains(column) && target[column] is not null)
            {
                yield return RuleViolation.Of(FeedbackRuleCodes.CreatedAnswered, column);
            }
        }
    }

    private static void OnUpdate(LocalPluginContext context, Entity target)
    {
        var before = FeedbackRequestRow.Of(context.PreImage(ImageName));
        var after = before.With(target);
        var violations = new List<RuleViolation>();
        violations.AddRange(FeedbackRequestColumns.EngineOnlyColumns.Where(c => before.Changes(target, c))
            .Select(c => RuleViolation.Of(MessageCodes.ComputedColumn, FeedbackRequestColumns.EntityName, c)));
        violations.AddRange(FeedbackRequestColumns.SetupColumns.Where(c => before.Changes(target, c))
            .Select(c => RuleViolation.Of(FeedbackRuleCodes.SetupFixed, c)));
        var answered = FeedbackRequestColumns.AnswerColumns.Where(c => before.Changes(target, c)).ToList();
        if (answered.Count > 0)
        {
            if (!ByOwner(context, before) && !AdminRoles.Holds(context.SystemService, context.Context.InitiatingUserId))
            {
                violations.Add(RuleViolation.Of(FeedbackRuleCodes.NotRespondent));
            }

            if (before.Status != FeedbackStatus.Requested)
            {
                violations.Add(RuleViolation.Of(FeedbackRuleCodes.Answered, answered[0]));
            }

            foreach (var column in FeedbackRequestColumns.Ratings.Where(answered.Contains))
            {
                var value = target.GetAttributeValue<int?>(column);
                if (value.HasValue && (value.Value < 1 || value.Value > 5))
                {
                    violations.Add(RuleViolation.Of(FeedbackRuleCodes.RatingOutOfRange, column, value.Value));
                }
            }
        }

        var submitting = before.Status == FeedbackStatus.Requested && after.Status == FeedbackStatus.Submitted;
        if (submitting && violations.Count == 0)
        {
            violations.AddRange(SubmissionRules(context, before, after, ByOwner(context, before)));
        }

        if (violations.Count > 0)
        {
            throw context.RuleError(before.Name, violations);
        }

        if (submitting)
        {
            target[FeedbackRequestColumns.Score] = FeedbackAggregate.AnswerScore(after.Ratings);
            target[FeedbackRequestColumns.SubmittedOn] = context.Clock.UtcNow;
        }
    }

    private static bool ByOwner(LocalPluginContext context, FeedbackRequestRow request) => request.Owner?.Id == context.Context.InitiatingUserId;

    /// <summary>A customer's answer, or any answer recorded on the respondent's behalf by an admin, says how it was captured.</summary>
    private static IEnumerable<RuleViolation> SubmissionRules(LocalPluginContext context, FeedbackRequestRow before, FeedbackRequestRow after, bool byOwner)
    {
        if (FeedbackAggregate.AnswerScore(after.Ratings) is null)
        {
            yield return RuleViolation.Of(FeedbackRuleCodes.SubmittedWithoutRating);
        }

        if ((after.Kind == FeedbackKind.Customer || !byOwner) && string.IsNullOrWhiteSpace(after.CaptureSource))
        {
            yield return RuleViolation.Of(FeedbackRuleCodes.CaptureSourceMissing);
        }

        if (before.Review is not null)
        {
            var review = FeedbackReview.Read(context.SystemService, before.Review.Id);
            if (review.IsClosed)
            {
                yield return RuleViolation.Of(FeedbackRuleCodes.ReviewClosed, review.Name);
            }
        }
    }
}
