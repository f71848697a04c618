namespace SalesPerf.LocalOrg.Pipeline;

public enum StepOutcome
{
    Succeeded,
    Failed,
}
