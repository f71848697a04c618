namespace SalesPerf.Packer.Writers;

/// <summary>One one-to-many relationship as <c>EntityRelationships/EntityRelationship</c> writes it (solution-format 4.5, 4.6).</summary>
public sealed record RelationshipDefinition
{
    public required string Name { get; init; }

    /// <summary>SchemaName of the table that holds the lookup.</summary>
    public required string ReferencingEntity { get; init; }

    /// <summary>SchemaName of the target table (or <c>Owner</c>).</summary>
    public required string ReferencedEntity { get; init; }

    /// <summary>SchemaName of the lookup column.</summary>
    public required string ReferencingAttribute { get; init; }

    public required string CascadeDelete { get; init; }

    /// <summary>System relationships of the owner and audit columns: no rollup cascade, no Advanced Find flag, no roles.</summary>
    public bool IsSystem { get; init; }

    /// <summary>The currency relationship writes CascadeRollupView but is otherwise a system one.</summary>
    public bool WritesRollupView { get; init; } = true;

    public string? Description { get; init; }

    /// <summary>The table's designated hierarchical self-referential relationship (IsHierarchical 1).</summary>
    public bool IsHierarchical { get; init; }
}
