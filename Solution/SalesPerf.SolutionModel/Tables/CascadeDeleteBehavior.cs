namespace SalesPerf.SolutionModel.Tables;

/// <summary>
/// What deleting the row a lookup points at does to the rows holding the lookup: the Delete cascade of the lookup's
/// one-to-many relationship (solution-format 4.5; the platform's <c>CascadeType</c> values valid for Delete).
/// </summary>
public enum CascadeDeleteBehavior
{
    /// <summary>The lookup is cleared (the default of a custom lookup).</summary>
    RemoveLink,

    /// <summary>The delete is refused while any row, active or inactive, holds the lookup.</summary>
    Restrict,

    /// <summary>The rows holding the lookup are deleted with it (parental).</summary>
    Cascade,
}
