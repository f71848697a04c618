namespace SalesPerf.SolutionModel.Tables;

/// <summary>Dataverse attribute types, as the solution source names them.</summary>
public enum ColumnType
{
    /// <summary>The table's primary key (uniqueidentifier, e.g. spm_targetid).</summary>
    PrimaryKey,
    /// <summary>Single line of text (nvarchar).</summary>
    String,
    /// <summary>Multiple lines of text (ntext).</summary>
    Memo,
    /// <summary>Whole number (int).</summary>
    Integer,
    BigInt,
    Decimal,
    /// <summary>Floating point number (double).</summary>
    Double,
    Money,
    /// <summary>Yes/No (bit).</summary>
    Boolean,
    DateTime,
    /// <summary>Choice (picklist): an OptionSetValue.</summary>
    Choice,
    /// <summary>Choices (multi-select picklist): an OptionSetValueCollection.</summary>
    MultiChoice,
    /// <summary>Lookup to one or more tables (EntityReference).</summary>
    Lookup,
    /// <summary>ownerid: systemuser or team.</summary>
    Owner,
    /// <summary>Customer: account or contact.</summary>
    Customer,
    /// <summary>statecode.</summary>
    State,
    /// <summary>statuscode.</summary>
    Status,
    /// <summary>A uniqueidentifier that is not the primary key.</summary>
    UniqueIdentifier,
    /// <summary>An entity-name column (e.g. owneridtype).</summary>
    EntityName,
}
