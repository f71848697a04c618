using SalesPerf.Domain.Common;

namespace SalesPerf.Domain.Statements;

/// <summary>
/// <c>spm_EstimateCommission</c>'s response: how much the statement's earnings would change (<see cref="Commission"/>)
/// and the attainment it would reach if the opportunity were won; <see cref="Line"/> is the hypothetical line (null when
/// its date is outside the statement's period).
/// </summary>
public sealed record CommissionEstimate(decimal Commission, decimal AttainmentPercent, CommissionLine? Line, BilingualText Trace);
