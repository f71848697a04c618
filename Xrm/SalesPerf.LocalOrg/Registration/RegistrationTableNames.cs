namespace SalesPerf.LocalOrg.Registration;

/// <summary>The platform tables that hold the organisation's messages, plug-in types, steps and solutions.</summary>
internal static class RegistrationTableNames
{
    public const string Message = "sdkmessage";
    public const string Filter = "sdkmessagefilter";
    public const string Assembly = "pluginassembly";
    public const string PluginType = "plugintype";
    public const string Step = "sdkmessageprocessingstep";
    public const string Image = "sdkmessageprocessingstepimage";
    public const string Solution = "solution";
    public const string SolutionComponent = "solutioncomponent";

    /// <summary>The tables a change to which changes what fires.</summary>
    public static string[] StepDefinition { get; } = [Message, Filter, PluginType, Step, Image];

    /// <summary>Every registration table; the organisation models step registration only when it has them all.</summary>
    public static string[] All { get; } = [Message, Filter, Assembly, PluginType, Step, Image, Solution, SolutionComponent];
}
