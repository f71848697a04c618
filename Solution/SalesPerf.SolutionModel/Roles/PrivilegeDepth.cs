namespace SalesPerf.SolutionModel.Roles;

/// <summary>How far a role's privilege reaches (XSD PrivilegeLevelType; solution-format 13). Each depth includes the ones before it.</summary>
public enum PrivilegeDepth
{
    /// <summary>The user's own rows and the rows of the teams they belong to.</summary>
    Basic,

    /// <summary>The user's business unit.</summary>
    Local,

    /// <summary>The business unit and its child units.</summary>
    Deep,

    /// <summary>The whole organisation.</summary>
    Global,
}
