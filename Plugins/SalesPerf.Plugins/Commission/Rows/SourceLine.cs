using System;
using SalesPerf.Domain.Statements;

namespace SalesPerf.Plugins.Commission.Rows;

/// <summary>A line that credits or claws back one transaction, with its statement's id, owner, status and assignment.</summary>
internal sealed record SourceLine(LineRow Line, Guid StatementId, Guid OwnerId, StatementStatus Status, Guid AssignmentId);
