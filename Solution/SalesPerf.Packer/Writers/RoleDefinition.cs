using System;
using System.Collections.Generic;

namespace SalesPerf.Packer.Writers;

/// <summary>A security role: a fixed id, a name, and per table the depth of each privilege (prvCreate, prvRead, …).</summary>
public sealed record RoleDefinition(Guid Id, string Name, IReadOnlyDictionary<string, IReadOnlyDictionary<string, PrivilegeDepth>> Tables);
