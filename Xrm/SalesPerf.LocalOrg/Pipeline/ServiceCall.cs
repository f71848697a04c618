using System;

namespace SalesPerf.LocalOrg.Pipeline;

/// <summary>One organisation-service call a plug-in sent: its type, the request name and the row it targets (Create, Update, Delete, Retrieve…), if any.</summary>
public sealed record ServiceCall(string PluginType, string Message, string? Table, Guid? Id);
