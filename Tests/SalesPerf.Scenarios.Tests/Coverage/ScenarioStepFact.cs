using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace SalesPerf.Scenarios.Tests.Coverage;

/// <summary>One step of a scenario file as written: an acting step (perhaps expected to fault) or an expectation.</summary>
internal sealed record ScenarioStepFact(JsonObject Node, bool ExpectsFault, string? FaultText)
{
    public string? Op => ScenarioFacts.Text(Node, "op");

    public string? Table => ScenarioFacts.Text(Node, "table");

    public string? Key => ScenarioFacts.Text(Node, "key");

    public string? Request => ScenarioFacts.Text(Node, "request");

    /// <summary>The <c>values</c> of an expect step (empty otherwise).</summary>
    public IReadOnlyDictionary<string, JsonNode?> Values => Members("values");

    /// <summary>The <c>row</c> of a create or update step (empty otherwise).</summary>
    public IReadOnlyDictionary<string, JsonNode?> Row => Members("row");

    public IReadOnlyDictionary<string, JsonNode?> Parameters => Members("parameters");

    /// <summary>True when the expected value of <paramref name="column"/> is the number <paramref name="expected"/>.</summary>
    public bool Expects(string column, decimal expected) =>
        Values.TryGetValue(column, out var value) && value is JsonValue number && number.TryGetValue<decimal>(out var actual) && actual == expected;

    private IReadOnlyDictionary<string, JsonNode?> Members(string member) =>
        Node[member] is JsonObject members ? members.ToDictionary(p => p.Key, p => p.Value) : new Dictionary<string, JsonNode?>();
}
