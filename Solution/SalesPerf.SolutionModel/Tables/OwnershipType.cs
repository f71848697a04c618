namespace SalesPerf.SolutionModel.Tables;

public enum OwnershipType
{
    UserOwned,
    OrganizationOwned,
}
