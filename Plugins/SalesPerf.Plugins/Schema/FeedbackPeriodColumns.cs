namespace SalesPerf.Plugins.Schema;

/// <summary>The review cycle's 360° feedback settings on <c>spm_period</c> (the period a review cycle is started for).</summary>
public static class FeedbackPeriodColumns
{
    public const string ManagerWeight = "spm_managerfeedbackweight";
    public const string PeerWeight = "spm_peerfeedbackweight";
    public const string CustomerWeight = "spm_customerfeedbackweight";
    public const string MinimumResponses = "spm_minfeedbackresponses";

    public static string[] All { get; } = { ManagerWeight, PeerWeight, CustomerWeight, MinimumResponses };
}
