using Microsoft.Xrm.Sdk;
using SalesPerf.Domain.Recognition;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Messages;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Recognition;

/// <summary>
/// An honour is never deleted (SPM-RCG-050, docs/domain-rules.md "People side: security"): the grant stage counts the
/// honours already granted, inactive ones included, to grant each rule once per period, so a deleted honour would let
/// "first to reach" be won a second time. Its recipient owns it and holds Delete Basic on recognitions (for her kudos),
/// so the roles alone would let her. Kudos are deleted as before (privileges). PreValidation, from the pre-image, no query.
/// </summary>
[Step(DeleteStepId, MessageNames.Delete, RecognitionColumns.EntityName, PipelineStage.PreValidation,
    Description = "An honour is never deleted.")]
[StepImage(DeleteStepId, ImageType.PreImage, PreImageName, RecognitionColumns.Name, RecognitionColumns.Kind)]
public sealed class HonourDeleteGuardPlugin : PluginBase
{
    public const string DeleteStepId = "0844afae-3f72-4b01-9368-cc00b8e81a9c";
    public const string PreImageName = "PreImage";

    protected override bool GuardsRecursion => false;

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var before = context.PreImage(PreImageName);
        if (before?.GetAttributeValue<OptionSetValue>(RecognitionColumns.Kind)?.Value == (int)RecognitionKind.Honour && !context.IsEngineWrite)
        {
            throw context.BusinessError(RecognitionMessages.HonourDeleted, before.GetAttributeValue<string>(RecognitionColumns.Name) ?? "-");
        }
    }
}
