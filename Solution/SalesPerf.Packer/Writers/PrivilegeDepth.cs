namespace SalesPerf.Packer.Writers;

/// <summary>RolePrivilege levels (XSD PrivilegeLevelType; solution-format 13).</summary>
public enum PrivilegeDepth
{
    /// <summary>The user's own rows (and rows shared with them).</summary>
    Basic,

    /// <summary>The user's business unit.</summary>
    Local,

    /// <summary>The business unit and its child units.</summary>
    Deep,

    /// <summary>The whole organisation.</summary>
    Global,
}
