using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.Plugins.Tests.Samples;

/// <summary>Declarations the reader must refuse; deliberately not PluginBase types, whose constructor would read them.</summary>
public static class MalformedDeclarations
{
    [Step("not-a-guid", MessageNames.Update, "account", PipelineStage.PreOperation)]
    public sealed class StepIdNotGuid : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider) => throw new NotSupportedException();
    }

    [Step("91938a77-7c22-4b9d-8b88-db0749bced05", MessageNames.Update, "account", PipelineStage.PreOperation)]
    [StepImage("06b7f82a-31cd-4676-8816-ac31c2a4ea9a", ImageType.PreImage, "Orphan", "name")]
    public sealed class ImageForUndeclaredStep : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider) => throw new NotSupportedException();
    }
}
