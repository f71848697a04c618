using System;
using System.Collections.Generic;

namespace SalesPerf.Scenarios.Parsing;

/// <summary>
/// Every key the file declares (users, teams, currencies, created rows) and the table it names. Keys are unique in
/// the whole file, so a step can name its row by key alone. Four keys are predefined: admin, root, base and org.
/// </summary>
internal sealed class KeyCatalog
{
    public const string Administrator = "admin";
    public const string RootBusinessUnit = "root";
    public const string BaseCurrency = "base";
    public const string Organization = "org";

    private readonly Dictionary<string, string> _tables = new(StringComparer.Ordinal)
    {
        [Administrator] = "systemuser",
        [RootBusinessUnit] = "businessunit",
        [BaseCurrency] = "transactioncurrency",
        [Organization] = "organization",
    };

    public void Declare(string key, string table, JsonCursor at)
    {
        if (_tables.TryGetValue(key, out var existing))
        {
            throw at.Fail(key is Administrator or RootBusinessUnit or BaseCurrency or Organization
                ? $"the key '{key}' is predefined (the {existing} of the organisation); choose another"
                : $"the key '{key}' is already used (for a {existing}); keys are unique in the file");
        }

        _tables.Add(key, table);
    }

    public string? TableOf(string key) => _tables.GetValueOrDefault(key);
}
