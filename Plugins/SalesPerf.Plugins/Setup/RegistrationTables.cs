namespace SalesPerf.Plugins.Setup;

/// <summary>
/// The platform tables that hold step registrations, and the columns the setup API reads and writes (Microsoft's
/// table reference for sdkmessage, sdkmessagefilter, plugintype, sdkmessageprocessingstep, sdkmessageprocessingstepimage).
/// </summary>
internal static class RegistrationTables
{
    public const string Message = "sdkmessage";
    public const string MessageId = "sdkmessageid";
    public const string MessageName = "name";

    public const string Filter = "sdkmessagefilter";
    public const string FilterId = "sdkmessagefilterid";
    public const string FilterPrimaryTable = "primaryobjecttypecode";

    public const string PluginType = "plugintype";
    public const string PluginTypeId = "plugintypeid";
    public const string PluginTypeName = "typename";

    public const string Step = "sdkmessageprocessingstep";
    public const string StepId = "sdkmessageprocessingstepid";
    public const string StepName = "name";
    public const string StepDescription = "description";
    public const string StepEventHandler = "eventhandler";
    public const string StepStage = "stage";
    public const string StepMode = "mode";
    public const string StepRank = "rank";
    public const string StepSupportedDeployment = "supporteddeployment";
    public const string StepFilteringAttributes = "filteringattributes";
    public const string StepAsyncAutoDelete = "asyncautodelete";

    public const string Image = "sdkmessageprocessingstepimage";
    public const string ImageId = "sdkmessageprocessingstepimageid";
    public const string ImageType = "imagetype";
    public const string ImageMessageProperty = "messagepropertyname";
    public const string ImageName = "name";
    public const string ImageAlias = "entityalias";
    public const string ImageAttributes = "attributes";

    /// <summary>supporteddeployment: Server Only.</summary>
    public const int ServerOnly = 0;

    /// <summary>The solution component type of a processing step (AddSolutionComponent's ComponentType).</summary>
    public const int StepComponentType = 92;
}
