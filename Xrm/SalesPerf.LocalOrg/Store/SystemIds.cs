using System;

namespace SalesPerf.LocalOrg.Store;

/// <summary>Ids of the rows every organisation is seeded with.</summary>
internal sealed record SystemIds(
    Guid OrganizationId,
    Guid RootBusinessUnitId,
    Guid SystemUserId,
    Guid AdministratorId,
    Guid BaseCurrencyId);
