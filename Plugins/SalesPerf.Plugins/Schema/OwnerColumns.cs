namespace SalesPerf.Plugins.Schema;

/// <summary>Logical names of the two owner tables, <c>systemuser</c> and <c>team</c>, that SalesPerf reads.</summary>
public static class OwnerColumns
{
    public const string UserEntityName = "systemuser";
    public const string UserId = "systemuserid";
    public const string UserFullName = "fullname";
    public const string TeamEntityName = "team";
    public const string TeamId = "teamid";
    public const string TeamName = "name";
    public const string BusinessUnitId = "businessunitid";
    public const string OwningBusinessUnit = "owningbusinessunit";
}
