namespace Microsoft.Xrm.Sdk;

public interface IPluginExecutionContext4 : IPluginExecutionContext3
{
    EntityImageCollection[] PostEntityImagesCollection { get; }

    EntityImageCollection[] PreEntityImagesCollection { get; }
}
