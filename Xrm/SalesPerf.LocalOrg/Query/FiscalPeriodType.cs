namespace SalesPerf.LocalOrg.Query;

/// <summary>
/// How the organisation divides its fiscal year (organization.fiscalperiodtype). The platform's integer
/// encoding is not verified (semantics doc 9), so this enum is the emulator's own.
/// </summary>
public enum FiscalPeriodType
{
    Annually,
    SemiAnnually,
    Quarterly,
    Monthly,
}
