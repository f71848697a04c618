namespace Microsoft.Xrm.Sdk;

public interface IPluginExecutionContext : IExecutionContext
{
    IPluginExecutionContext ParentContext { get; }

    int Stage { get; }
}
