using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using SalesPerf.Scenarios.Model;

namespace SalesPerf.Scenarios.Parsing;

/// <summary>
/// Reads a scenario file (docs/scenarios.md) into a <see cref="ScenarioDefinition"/>. Any deviation from the format
/// throws <see cref="ScenarioFormatException"/> naming the JSON path.
/// </summary>
public static class ScenarioParser
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow };

    public static ScenarioDefinition Parse(string json, ScenarioSchema schema)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(schema);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException exception)
        {
            throw new ScenarioFormatException(
                exception.Path ?? "$",
                string.Create(CultureInfo.InvariantCulture, $"not valid JSON (line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1})"),
                exception);
        }

        using (document)
        {
            return Read(new JsonCursor(document.RootElement, "$"), schema);
        }
    }

    private static ScenarioDefinition Read(JsonCursor root, ScenarioSchema schema)
    {
        root.ExpectObject("a scenario", "name", "clock", "organization", "currencies", "users", "teams", "steps");
        var keys = new KeyCatalog();
        var currencies = (root.Optional("currencies")?.Items("currencies") ?? []).Select(c => Currency(c, keys)).ToList();
        var users = (root.Optional("users")?.Items("users") ?? []).Select(u => User(u, keys)).ToList();
        var teams = (root.Optional("teams")?.Items("teams") ?? []).Select(t => Team(t, keys)).ToList();
        CheckUserReferences(users, teams, keys);

        var steps = root.Required("steps").Items("steps").ToList();
        foreach (var step in steps)
        {
            DeclareCreatedKey(step, keys);
        }

        var values = new ColumnValueConverter(schema, keys);
        var parser = new StepParser(keys, values, new ParameterConverter(schema, keys, values));
        return new ScenarioDefinition(
            root.Required("name").AsNonEmptyString("name"),
            root.Optional("clock")?.AsDate("clock"),
            Organization(root.Optional("organization")),
            currencies,
            users,
            teams,
            steps.Select((step, index) => parser.Parse(step, index + 1)).ToList());
    }

    private static OrganizationSpec Organization(JsonCursor? organization)
    {
        if (organization is not JsonCursor given)
        {
            return new OrganizationSpec();
        }

        given.ExpectObject("organization", "fiscalYearStart", "baseCurrency", "languageCode");
        var result = new OrganizationSpec();
        if (given.Optional("fiscalYearStart") is JsonCursor start)
        {
            var text = start.AsString("fiscalYearStart");
            if (!DateTime.TryParseExact("2000-" + text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) || text.Length != 5)
            {
                throw start.Fail($"{start.Text} is not a month and day written MM-DD");
            }

            result = result with { FiscalYearStartMonth = date.Month, FiscalYearStartDay = date.Day };
        }

        if (given.Optional("baseCurrency") is JsonCursor currency)
        {
            result = result with { BaseCurrency = currency.AsNonEmptyString("baseCurrency (an ISO currency code)") };
        }

        if (given.Optional("languageCode") is JsonCursor language)
        {
            var code = language.AsInt("languageCode");
            result = code > 0 ? result with { LanguageCode = code } : throw language.Fail($"{code} is not a language code (LCID, e.g. 1033, 2052)");
        }

        return result;
    }

    private static CurrencySpec Currency(JsonCursor currency, KeyCatalog keys)
    {
        currency.ExpectObject("a currency", "key", "code", "exchangeRate", "precision", "name", "symbol");
        var keyCursor = currency.Required("key");
        var key = keyCursor.AsNonEmptyString("key");
        keys.Declare(key, "transactioncurrency", keyCursor);
        var rateCursor = currency.Required("exchangeRate");
        var rate = rateCursor.AsDecimal("exchangeRate");
        if (rate <= 0)
        {
            throw rateCursor.Fail("an exchange rate must be positive");
        }

        var precision = currency.OptionalInt("precision", "precision") ?? 2;
        return precision is >= 0 and <= 4
            ? new CurrencySpec(key, currency.Required("code").AsNonEmptyString("code"), rate, precision,
                currency.OptionalString("name", "name"), currency.OptionalString("symbol", "symbol"))
            : throw currency.Child("precision").Fail("a currency precision is 0 to 4");
    }

    private static UserSpec User(JsonCursor user, KeyCatalog keys)
    {
        user.ExpectObject("a user", "key", "name", "manager", "roles", "businessUnit");
        var keyCursor = user.Required("key");
        var key = keyCursor.AsNonEmptyString("key");
        keys.Declare(key, "systemuser", keyCursor);
        var roles = (user.Optional("roles")?.Items("roles") ?? []).Select(r => r.AsNonEmptyString("a role name")).ToList();
        return new UserSpec(key, user.Required("name").AsNonEmptyString("name"), user.OptionalString("manager", "manager"), roles,
            user.OptionalString("businessUnit", "businessUnit"));
    }

    private static TeamSpec Team(JsonCursor team, KeyCatalog keys)
    {
        team.ExpectObject("a team", "key", "name", "members", "businessUnit");
        var keyCursor = team.Required("key");
        var key = keyCursor.AsNonEmptyString("key");
        keys.Declare(key, "team", keyCursor);
        var members = (team.Optional("members")?.Items("members") ?? []).Select(m => m.AsNonEmptyString("a user key")).ToList();
        return new TeamSpec(key, team.Required("name").AsNonEmptyString("name"), members, team.OptionalString("businessUnit", "businessUnit"));
    }

    private static void CheckUserReferences(List<UserSpec> users, List<TeamSpec> teams, KeyCatalog keys)
    {
        for (var i = 0; i < users.Count; i++)
        {
            if (users[i].Manager is string manager && keys.TableOf(manager) != "systemuser")
            {
                throw new ScenarioFormatException($"$.users[{i}].manager", $"'{manager}' is not the key of a user");
            }
        }

        var byKey = users.ToDictionary(u => u.Key, StringComparer.Ordinal);
        foreach (var user in users)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var current = user; current?.Manager is string next; current = byKey.GetValueOrDefault(next))
            {
                if (!seen.Add(current.Key))
                {
                    throw new ScenarioFormatException($"$.users[{users.IndexOf(user)}].manager", $"the managers of '{user.Key}' form a cycle");
                }
            }
        }

        for (var t = 0; t < teams.Count; t++)
        {
            for (var m = 0; m < teams[t].Members.Count; m++)
            {
                if (keys.TableOf(teams[t].Members[m]) != "systemuser")
                {
                    throw new ScenarioFormatException($"$.teams[{t}].members[{m}]", $"'{teams[t].Members[m]}' is not the key of a user");
                }
            }
        }
    }

    /// <summary>Keys of created rows are declared before any step is read, so a step may name a row created later (it fails at run time if the row does not exist yet).</summary>
    private static void DeclareCreatedKey(JsonCursor step, KeyCatalog keys)
    {
        if (step.Kind != JsonValueKind.Object)
        {
            return;
        }

        var op = step.Optional("op");
        if (op?.Kind == JsonValueKind.String && op.Value.Element.GetString() == "expectFault" && step.Optional("step") is JsonCursor inner)
        {
            DeclareCreatedKey(inner, keys);
            return;
        }

        if (op?.Kind != JsonValueKind.String || op.Value.Element.GetString() != "create")
        {
            return;
        }

        if (step.Optional("key") is JsonCursor key && key.Kind == JsonValueKind.String
            && step.Optional("table") is JsonCursor table && table.Kind == JsonValueKind.String)
        {
            keys.Declare(key.Element.GetString()!, table.Element.GetString()!, key);
        }
    }
}
