namespace SalesPerf.SolutionModel.Tables;

public enum RequiredLevel
{
    None,
    Recommended,
    ApplicationRequired,
    SystemRequired,
}
