namespace SalesPerf.SolutionModel.Roles;

/// <summary>The table privileges a role grants (prv + verb + table SchemaName; solution-format 13).</summary>
public enum PrivilegeVerb
{
    Create,
    Read,
    Write,
    Delete,
    Append,
    AppendTo,
    Assign,
    Share,
}
