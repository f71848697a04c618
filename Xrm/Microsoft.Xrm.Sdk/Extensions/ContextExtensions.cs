namespace Microsoft.Xrm.Sdk.Extensions;

public static class ContextExtensions
{
    public static T InputParameterOrDefault<T>(this IPluginExecutionContext context, string parameterName)
    {
        return context.InputParameters.TryGetValue(parameterName, out T value) ? value : default(T);
    }
}
