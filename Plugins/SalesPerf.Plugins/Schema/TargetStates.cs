namespace SalesPerf.Plugins.Schema;

/// <summary>State and choice values of <c>spm_target</c> (domain doc section 2).</summary>
public static class TargetStates
{
    public const string StateCode = "statecode";
    public const string OwnerId = "ownerid";
    public const int Active = 0;
    public const int RollupOwnRecords = 100000000;
    public const int RollupChildTargets = 100000001;
}
