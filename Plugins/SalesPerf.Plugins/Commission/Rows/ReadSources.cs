using System.Collections.Generic;
using SalesPerf.Domain.Statements;

namespace SalesPerf.Plugins.Commission.Rows;

/// <summary>A statement's domain sources with the lines it holds now.</summary>
internal sealed record ReadSources(StatementSources Sources, IReadOnlyList<LineRow> Lines);
