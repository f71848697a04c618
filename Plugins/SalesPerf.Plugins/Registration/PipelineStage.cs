namespace SalesPerf.Plugins.Registration;

/// <summary>The event pipeline stages a step can run in; the values are Dataverse's <c>stage</c> option values.</summary>
public enum PipelineStage
{
    PreValidation = 10,
    PreOperation = 20,

    /// <summary>The platform's own operation; only the plug-in of a custom API runs here, never a registered step.</summary>
    MainOperation = 30,

    PostOperation = 40,
}
