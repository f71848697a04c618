namespace SalesPerf.Domain.Targets;

/// <summary><c>spm_target.spm_pacestatus</c> (wave 3 contract, item 1); empty until the engine first calculates the target.</summary>
public enum PaceStatus
{
    OnPace = 100000000,
    BehindPace = 100000001,
    Achieved = 100000002,
}
