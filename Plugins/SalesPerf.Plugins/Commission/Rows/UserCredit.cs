using System;
using SalesPerf.Domain.Commission;

namespace SalesPerf.Plugins.Commission.Rows;

/// <summary>One user's credit from one transaction, as it stands now.</summary>
internal sealed record UserCredit(Guid UserId, CreditTransaction Transaction);
