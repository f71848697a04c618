namespace SalesPerf.Packer.Writers;

/// <summary>The flags of one attribute that differ between column kinds in a real export (solution-format 4.2, 4.6).</summary>
public sealed record AttributeProfile
{
    public const string StandardMask = "ValidForAdvancedFind|ValidForForm|ValidForGrid";

    /// <summary>Null: the export writes no DisplayMask element (OwningUser, OwningTeam, the time-zone numbers).</summary>
    public string? DisplayMask { get; init; } = StandardMask;

    /// <summary>Null: no ImeMode element (custom lookups).</summary>
    public string? ImeMode { get; init; } = "auto";

    /// <summary>Overrides the required level derived from the column; the export writes "0" on OwningBusinessUnit.</summary>
    public string? RequiredLevel { get; init; }

    public bool IsCustomField { get; init; }
    public bool IsAuditEnabled { get; init; } = true;

    /// <summary>OwningUser and OwningTeam carry IsLogical 1.</summary>
    public bool IsLogical { get; init; }

    public bool CanModifyRequirementLevelSettings { get; init; } = true;
    public bool IsSearchable { get; init; }
    public bool IsFilterable { get; init; }
    public bool IsRetrievable { get; init; }

    /// <summary>Replaces the type-specific Format text (the system integers export an empty Format).</summary>
    public string? Format { get; init; }

    /// <summary>Replaces MinValue text (ExchangeRate exports 1E-10).</summary>
    public string? MinValue { get; init; }

    /// <summary>Replaces Accuracy (ExchangeRate exports 12).</summary>
    public int? Accuracy { get; init; }

    /// <summary>CanChangeDateTimeBehavior: 0 on the platform's date columns, 1 on custom ones.</summary>
    public bool CanChangeDateTimeBehavior { get; init; } = true;
}
