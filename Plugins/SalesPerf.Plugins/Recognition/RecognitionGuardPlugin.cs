using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Domain.Recognition;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Messages;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Reviews;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Recognition;

/// <summary>
/// Kudos and honours (docs/domain-rules.md "Recognition and honours"):
/// <list type="bullet">
/// <item>a user creates kudos only: kind Kudos, the giver is the caller, a recipient other than the caller
/// (SPM-RCG-008, 005); an honour, or any of its engine columns, is written only by the engine (SPM-RCG-007);</item>
/// <item>only the giver changes kudos (SPM-RCG-006), never to themself, never into an honour; nobody changes an honour,
/// except that a SalesPerf admin (or System Administrator) may deactivate or reactivate it (moderation);</item>
/// <item>on every create the step stamps <c>spm_recognisedon</c> (the operation's time) and <c>spm_quarterid</c> (the
/// Quarter period running that day, one query) so the wall can show this quarter's.</item>
/// </list>
/// </summary>
[Step(CreateStepId, MessageNames.Create, RecognitionColumns.EntityName, PipelineStage.PreOperation,
    Description = "Kudos from the caller to someone else, honours only from the engine; stamps the time and quarter.")]
[Step(UpdateStepId, MessageNames.Update, RecognitionColumns.EntityName, PipelineStage.PreValidation,
    Description = "Only the giver changes kudos; nobody but the engine writes an honour.")]
[StepImage(UpdateStepId, ImageType.PreImage, PreImageName,
    RecognitionColumns.Name, RecognitionColumns.Kind, RecognitionColumns.GiverId, RecognitionColumns.RecipientId)]
public sealed class RecognitionGuardPlugin : PluginBase
{
    public const string CreateStepId = "980a6efc-9a36-429d-9e64-0fb056863656";
    public const string UpdateStepId = "693a1c0e-867d-447e-96d9-886f6f4dae25";
    public const string PreImageName = "PreImage";

    // A validator that writes only into its own Target cannot loop; skipping it on re-entry would let a nested write bypass the rules.
    protected override bool GuardsRecursion => false;

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var target = context.TargetEntity;
        if (target is null)
        {
            return;
        }

        if (context.Context.MessageName == MessageNames.Create)
        {
            OnCreate(context, target);
        }
        else
        {
            OnUpdate(context, target);
        }
    }

    private static void OnCreate(LocalPluginContext context, Entity target)
    {
        var name = target.GetAttributeValue<string>(RecognitionColumns.Name) ?? "-";
        if (!context.IsEngineWrite)
        {
            var kind = target.GetAttributeValue<OptionSetValue>(RecognitionColumns.Kind);
            if (kind is not null && kind.Value != (int)RecognitionKind.Kudos)
            {
                throw context.BusinessError(RecognitionMessages.HonourEngineOnly, name, RecognitionColumns.Kind);
            }

            var engineColumn = RecognitionColumns.EngineOnly.FirstOrDefault(column => target.GetAttributeValue<object>(column) is not null);
            if (engineColumn is not null)
            {
                throw context.BusinessError(RecognitionMessages.HonourEngineOnly, name, engineColumn);
            }

            var giver = context.Context.InitiatingUserId;
            var recipient = target.GetAttributeValue<EntityReference>(RecognitionColumns.RecipientId);
            if (recipient is null)
            {
                throw context.BusinessError(RecognitionMessages.RecipientMissing, name);
            }

            if (recipient.Id == giver)
            {
                throw context.BusinessError(RecognitionMessages.KudosToSelf, name);
            }

            target[RecognitionColumns.Kind] = new OptionSetValue((int)RecognitionKind.Kudos);
            target[RecognitionColumns.GiverId] = new EntityReference(OwnerColumns.UserEntityName, giver);
        }

        target[RecognitionColumns.RecognisedOn] = context.Clock.UtcNow;
        target[RecognitionColumns.QuarterId] = QuarterOfDay.Find(context.SystemService, context.Clock.UtcNow);
    }

    private static void OnUpdate(LocalPluginContext context, Entity target)
    {
        if (context.IsEngineWrite)
        {
            return;
        }

        var pre = context.PreImage(PreImageName);
        var name = (target.Contains(RecognitionColumns.Name) ? target.GetAttributeValue<string>(RecognitionColumns.Name) : null)
            ?? pre?.GetAttributeValue<string>(RecognitionColumns.Name) ?? "-";
        var written = target.Attributes.Keys.Where(column => column != RecognitionColumns.Id).ToList();
        var honour = pre?.GetAttributeValue<OptionSetValue>(RecognitionColumns.Kind)?.Value == (int)RecognitionKind.Honour;
        if (written.All(column => column is RecognitionColumns.StateCode or RecognitionColumns.StatusCode)
            && (!honour || AdminRoles.Holds(context.SystemService, context.Context.InitiatingUserId)))
        {
            // Moderation: kudos are (de)activated by whoever the privileges let; an honour only by a SalesPerf admin, so
            // its holder can neither hide a taken-back honour's revocation nor reactivate what an admin deactivated.
            return;
        }

        if (honour)
        {
            throw context.BusinessError(RecognitionMessages.HonourEngineOnly, name, written.FirstOrDefault() ?? RecognitionColumns.Kind);
        }

        var engineColumn = written.FirstOrDefault(column => RecognitionColumns.EngineOnly.Contains(column)
            || (column == RecognitionColumns.Kind && target.GetAttributeValue<OptionSetValue>(column)?.Value != (int)RecognitionKind.Kudos));
        if (engineColumn is not null)
        {
            throw context.BusinessError(RecognitionMessages.HonourEngineOnly, name, engineColumn);
        }

        var giver = pre?.GetAttributeValue<EntityReference>(RecognitionColumns.GiverId)?.Id;
        if (giver != context.Context.InitiatingUserId)
        {
            throw context.BusinessError(RecognitionMessages.KudosNotGiver, name);
        }

        if (target.Contains(RecognitionColumns.GiverId) && target.GetAttributeValue<EntityReference>(RecognitionColumns.GiverId)?.Id != giver)
        {
            throw context.BusinessError(RecognitionMessages.KudosNotGiver, name);
        }

        if (target.Contains(RecognitionColumns.RecipientId))
        {
            var recipient = target.GetAttributeValue<EntityReference>(RecognitionColumns.RecipientId);
            if (recipient is null)
            {
                throw context.BusinessError(RecognitionMessages.RecipientMissing, name);
            }

            if (recipient.Id == giver)
            {
                throw context.BusinessError(RecognitionMessages.KudosToSelf, name);
            }
        }
    }
}
