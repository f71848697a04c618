using System.Collections.Generic;

namespace SalesPerf.SolutionModel.Tables;

/// <summary>One column of a table, as the solution source declares it (or as the loader implies it for system columns).</summary>
public sealed record ColumnDefinition
{
    public required string LogicalName { get; init; }
    public required ColumnType Type { get; init; }
    public required Label DisplayName { get; init; }
    public Label? Description { get; init; }
    public RequiredLevel Required { get; init; } = RequiredLevel.None;

    /// <summary>Maximum length of String and Memo columns.</summary>
    public int? MaxLength { get; init; }

    /// <summary>Digits after the decimal point of Decimal, Double and Money columns.</summary>
    public int? Precision { get; init; }

    public decimal? MinValue { get; init; }
    public decimal? MaxValue { get; init; }

    /// <summary>Only for DateTime columns.</summary>
    public DateTimeBehavior? DateBehavior { get; init; }

    /// <summary>For Lookup, Owner and Customer columns: the tables the reference may point to.</summary>
    public IReadOnlyList<string> Targets { get; init; } = [];

    /// <summary>For custom Lookup columns: what deleting the target row does (<c>cascadeDelete</c> in the source).</summary>
    public CascadeDeleteBehavior CascadeDelete { get; init; } = CascadeDeleteBehavior.RemoveLink;

    /// <summary>
    /// For a custom Lookup to its own table (<c>hierarchical</c> in the source): its relationship is the table's
    /// hierarchical one (IsHierarchical 1), which the under / eq-or-under / above / eq-or-above / not-under operators
    /// follow. At most one per table.
    /// </summary>
    public bool IsHierarchical { get; init; }

    /// <summary>For Choice, MultiChoice, State and Status columns.</summary>
    public IReadOnlyList<ChoiceOption> Options { get; init; } = [];

    /// <summary>Written only by the SalesPerf engine; a user's write is rejected (domain rule 1).</summary>
    public bool IsComputed { get; init; }

    /// <summary>Maintained by the platform itself (createdon, versionnumber, *_base, ...): never written by a caller.</summary>
    public bool IsPlatformMaintained { get; init; }

    /// <summary>True for the base-currency companion of a Money column (e.g. spm_amount_base).</summary>
    public bool IsBaseCurrencyCompanion { get; init; }

    /// <summary>Defined by this solution (publisher prefix spm), as opposed to a system column.</summary>
    public bool IsCustom { get; init; }

    /// <summary>
    /// The value a new row gets when the caller does not supply one, in numeric form: the number for Integer,
    /// Decimal and Money columns, 1/0 for Boolean, the option value for Choice. Null: no default.
    /// </summary>
    public decimal? DefaultValue { get; init; }

    /// <summary>For a base-currency companion (<see cref="IsBaseCurrencyCompanion"/>): the money column it converts, e.g. spm_amount.</summary>
    public string? BaseCurrencyOf { get; init; }

    /// <summary>
    /// The display format the packer emits: "date" or "datetime" for DateTime columns; "text", "email", "url",
    /// "phone" or "textarea" for String and Memo columns; "none" or "duration" for Integer columns. Null: the type's usual one.
    /// </summary>
    public string? Format { get; init; }

    public bool IsValidForCreate { get; init; } = true;
    public bool IsValidForUpdate { get; init; } = true;
    public bool IsValidForRead { get; init; } = true;
}
