using System.Collections.Generic;
using SalesPerf.Plugins.Messages;

namespace SalesPerf.Plugins.Deletion;

/// <summary>A table whose rows cannot be deleted while rows of <see cref="Dependents"/> point at them, and its message.</summary>
public sealed record DeleteGuard(string Table, string NameColumn, BusinessMessage Message, IReadOnlyList<DependentKind> Dependents);
