using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.SolutionModel.Tests;

/// <summary>The repository's own solution source, loaded once for the whole test assembly.</summary>
internal static class RepositorySource
{
    private static readonly Lazy<SolutionMetadata> Loaded = new(() => SolutionMetadata.LoadFromRepository(AppContext.BaseDirectory));

    public static SolutionMetadata Metadata => Loaded.Value;

    public static ColumnDefinition Column(string table, string column) =>
        Metadata.Table(table).FindColumn(column) ?? throw new InvalidOperationException($"{table} has no column {column}");

    public static IEnumerable<ChoiceOption> Options(string table, string column) => Column(table, column).Options;

    public static ChoiceOption Option(string table, string column, int value) =>
        Options(table, column).SingleOrDefault(o => o.Value == value)
        ?? throw new InvalidOperationException($"{table}.{column} has no option {value}");
}
