using SalesPerf.Plugins.Messages;

namespace SalesPerf.Plugins.Setup;

/// <summary>Why the setup steps cannot be registered: a business message and its arguments.</summary>
internal sealed record SetupProblem(BusinessMessage Message, object[] Arguments);
