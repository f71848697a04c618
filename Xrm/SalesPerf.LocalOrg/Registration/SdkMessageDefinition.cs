using System.Collections.Generic;

namespace SalesPerf.LocalOrg.Registration;

/// <summary>An SDK message the organisation handles and the tables it has a filter for.</summary>
internal sealed record SdkMessageDefinition(string Name, IReadOnlyList<string> Tables);
