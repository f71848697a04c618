using System.Collections.Generic;

namespace SalesPerf.SdkConformance.Checks;

/// <summary>The outcome of the deployability check.</summary>
/// <param name="RulesChecked">How many rules were applied.</param>
/// <param name="PluginTypes">How many classes implement IPlugin.</param>
/// <param name="AssemblyReferences">How many assembly references were checked.</param>
/// <param name="Violations">One readable sentence per violation.</param>
public sealed record DeployabilityReport(int RulesChecked, int PluginTypes, int AssemblyReferences, IReadOnlyList<string> Violations)
{
    /// <summary>The same outcome as a generic report.</summary>
    public CheckReport ToCheckReport() => new("deployability", RulesChecked, "rules", Violations);
}
