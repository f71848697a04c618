using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Plugins.Setup;

/// <summary>Finds the registered plug-in types (<c>plugintype</c>) of the imported assembly by their type names.</summary>
internal static class PluginTypeReader
{
    /// <summary>The id of each named plug-in type the organisation has, by type name (one query).</summary>
    public static IReadOnlyDictionary<string, Guid> Ids(IOrganizationService service, IReadOnlyCollection<string> typeNames) =>
        RowIdsByName.Read(service, RegistrationTables.PluginType, RegistrationTables.PluginTypeName, typeNames);
}
