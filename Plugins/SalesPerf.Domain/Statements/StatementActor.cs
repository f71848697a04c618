namespace SalesPerf.Domain.Statements;

/// <summary>Who acts on a statement, as the plugin layer resolves it: the statement's rep, a manager, or an admin (sales operations).</summary>
public enum StatementActor
{
    Rep = 1,
    Manager = 2,
    Admin = 3,
}
