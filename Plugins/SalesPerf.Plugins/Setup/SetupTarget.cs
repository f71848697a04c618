using System;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.Plugins.Setup;

/// <summary>A declared setup step with the organisation's ids of its message, table filter and plug-in type.</summary>
internal sealed record SetupTarget(StepRegistration Step, Guid MessageId, Guid? FilterId, Guid PluginTypeId);
