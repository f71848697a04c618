using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace SalesPerf.Scenarios.Tests.Coverage;

/// <summary>
/// The cases issue #4 asks the scenario files to prove, each as a test over one file's facts, so that a case
/// that loses its last scenario fails the build instead of silently going unproven.
/// </summary>
internal static class ScenarioCoverage
{
    public const int RollupChildTargets = 100000001;

    /// <summary>Ratio and average measures (domain doc section 3): they store a numerator and a denominator.</summary>
    public static readonly IReadOnlySet<int> RatioMeasures = new HashSet<int> { 100000002, 100000003, 100000005, 100000008, 100000010, 100000011, 100000012 };

    private static readonly IReadOnlySet<string> SourceTables = new HashSet<string>(StringComparer.Ordinal)
    {
        "opportunity", "salesorder", "invoice", "spm_payment", "spm_dealsplit",
    };

    private static readonly string[] SourceDates = ["actualclosedate", "estimatedclosedate", "datefulfilled", "duedate", "spm_paidon"];

    public static IReadOnlyList<ScenarioFacts> Folder(string folder) =>
        Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(ScenarioFacts.Read).ToList();

    /// <summary>The file checks the actual of a target whose KPI has <paramref name="measure"/>.</summary>
    public static bool ChecksMeasure(ScenarioFacts file, int measure) =>
        file.Steps.Any(s => s.Op == "expect" && s.Table == "spm_target" && s.Key is string key
            && file.MeasureOfTarget(key) == measure
            && s.Values.TryGetValue("spm_actualvalue", out var actual) && actual is not null);

    /// <summary>The named cases of issue #4, each a predicate over one file.</summary>
    public static IReadOnlyDictionary<string, Func<ScenarioFacts, bool>> Cases { get; } = new Dictionary<string, Func<ScenarioFacts, bool>>(StringComparer.Ordinal)
    {
        ["team roll-up of a ratio"] = file => file.Steps.Any(s => s.Op == "expect" && s.Table == "spm_target" && s.Key is string key
            && Number(file.CreatedRow(key)?["spm_rollupsource"]) == RollupChildTargets
            && file.MeasureOfTarget(key) is int measure && RatioMeasures.Contains(measure)
            && s.Values.ContainsKey("spm_numerator") && s.Values.ContainsKey("spm_denominator")),
        ["reassign"] = file => ActsOnSource(file, "assign", _ => true),
        ["reopen"] = file => Acted(file, s => s.Op == "reopen"),
        ["delete"] = file => ActsOnSource(file, "delete", _ => true),
        ["date change"] = file => ActsOnSource(file, "update", s => SourceDates.Any(s.Row.ContainsKey)),
        ["multi-currency"] = file => file.Document["currencies"] is JsonArray { Count: > 0 } currencies
            && Acted(file, s => s.Op == "create" && s.Table is string table && SourceTables.Contains(table)
                && s.Row.TryGetValue("transactioncurrencyid", out var currency)
                && currencies.OfType<JsonObject>().Any(c => currency?.ToString() == "transactioncurrency:" + ScenarioFacts.Text(c, "key"))),
        ["scorecard example (106)"] = file => file.Steps.Any(s => s.Op == "expect" && s.Table == "spm_scorecard" && s.Expects("spm_weightedscore", 106m)),
        ["pace example (49,438.20)"] = file => file.Steps.Any(s => s.Op == "expect" && s.Table == "spm_target" && s.Expects("spm_expectedtodatevalue", 49438.20m)),
        ["even decomposition"] = file => Acted(file, s => s.Op == "execute" && s.Request == "spm_DecomposeTarget" && !s.Parameters.ContainsKey("Weights")),
        ["seasonal decomposition"] = file => Acted(file, s => s.Op == "execute" && s.Request == "spm_DecomposeTarget" && s.Parameters.ContainsKey("Weights")),
        ["allocation"] = file => Acted(file, s => s.Op == "execute" && s.Request == "spm_AllocateTarget")
            && file.Steps.Any(s => s.Op == "expect" && s.Values.ContainsKey("spm_allocatedvalue")),
    };

    /// <summary>
    /// The bad inputs of domain doc section 8, by the message codes that report them (a computed column of a target
    /// is SPM-TGT-003, of another table SPM-CMP-001).
    /// </summary>
    public static IReadOnlyDictionary<string, string[]> BadInputs { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["negative target"] = ["SPM-TGT-001"],
        ["period end before start"] = ["SPM-PER-001"],
        ["overlapping periods of a type"] = ["SPM-PER-002"],
        ["seasonal weights not 100"] = ["SPM-TGT-005"],
        ["deal splits over 100 %"] = ["SPM-SPL-001"],
        ["overlapping tiers"] = ["SPM-PLN-001"],
        ["inverted tiers"] = ["SPM-PLN-002"],
        ["plan assignment outside plan dates"] = ["SPM-PLN-009"],
        ["plan without tiers assigned"] = ["SPM-PLN-011"],
        ["overlapping plan assignments of a rep"] = ["SPM-PLN-013"],
        ["settled assignment's period, plan or owner changed"] = ["SPM-PLN-014"],
        ["settled assignment deleted"] = ["SPM-PLN-015"],
        ["payment amount not above 0"] = ["SPM-PAY-001"],
        ["payment without an invoice"] = ["SPM-PAY-002"],
        ["payment on a cancelled invoice"] = ["SPM-PAY-003"],
        ["payment in another currency than its invoice"] = ["SPM-PAY-004"],
        ["payments over the invoice total"] = ["SPM-PAY-005"],
        ["payment without a paid-on date"] = ["SPM-PAY-006"],
        ["write to a computed column"] = ["SPM-TGT-003", "SPM-CMP-001"],
        ["review transition out of order"] = ["SPM-REV-001"],
        ["stretch less ambitious than the target"] = ["SPM-TGT-006"],
        ["threshold outside 0–100 %"] = ["SPM-TGT-007"],
        ["score cap outside 100–1000 %"] = ["SPM-TGT-008"],
        ["negative target weight"] = ["SPM-TGT-009"],
        ["target without its KPI"] = ["SPM-TGT-034"],
        ["target without its period"] = ["SPM-TGT-035"],
        ["fiscal year the calendar cannot represent"] = ["SPM-PER-008"],
        ["KPI code used twice"] = ["SPM-KPI-001"],
        ["KPI filter not a FetchXML filter of conditions"] = ["SPM-KPI-002"],
        ["KPI filter column not on the measure's table"] = ["SPM-KPI-003"],
        ["KPI filter operator that depends on who or when"] = ["SPM-KPI-004"],
        ["funnel KPI without a sales stage"] = ["SPM-KPI-100"],
        ["funnel KPI naming a sales stage opportunities do not have"] = ["SPM-KPI-101"],
        ["satisfaction KPI naming a survey table that does not exist"] = ["SPM-KPI-160"],
        ["satisfaction KPI naming a survey table without its score, date or customer column"] = ["SPM-KPI-161"],
        ["satisfaction KPI naming a survey column the table does not have"] = ["SPM-KPI-162"],
        ["satisfaction KPI whose survey score column is not a number"] = ["SPM-KPI-163"],
        ["satisfaction KPI whose survey date column is not a date"] = ["SPM-KPI-164"],
        ["satisfaction KPI whose survey customer column is not a lookup to account or contact"] = ["SPM-KPI-165"],
        ["satisfaction KPI with survey columns but no survey table"] = ["SPM-KPI-166"],
        ["reviewer is the person reviewed"] = ["SPM-REV-009"],
        ["second active target for an owner, KPI and period"] = ["SPM-TGT-036"],
        ["target on a scorecard of another owner or period"] = ["SPM-TGT-037"],
        ["target parents that loop"] = ["SPM-TGT-038"],
        ["deal split reactivated over 100 %"] = ["SPM-SPL-001"],
        ["deal split names the deal's owner"] = ["SPM-SPL-004"],
        ["approved statement edited (period, name, owner)"] = ["SPM-STM-004"],
        ["approved or paid statement deleted"] = ["SPM-STM-005"],
        ["estimate of a deal the caller is not credited on"] = ["SPM-EST-001"],
        ["recalculation mark set or cleared by hand"] = ["SPM-TGT-003", "SPM-CMP-001"],
        ["period in use deleted"] = ["SPM-DEL-001"],
        ["KPI in use deleted"] = ["SPM-DEL-002"],
        ["commission plan in use deleted"] = ["SPM-DEL-003"],
        ["plan assignment with statements deleted"] = ["SPM-DEL-004"],
        ["last tier of a plan in use deleted, deactivated or moved"] = ["SPM-PLN-016"],
        ["pace status or projection written by hand"] = ["SPM-TGT-003"],
        ["statement disputed without a reason (Update or SetState)"] = ["SPM-STM-006"],
        ["dispute reason written outside the move to Disputed"] = ["SPM-STM-007"],
        ["recalculation slice size out of range"] = ["SPM-RCL-001"],
        ["recalculation cursor edited, cut or of another version"] = ["SPM-RCL-002"],
        ["statement approved or disputed before its period ends (Update, SetState, SetStateDynamicEntity)"] = ["SPM-STM-008"],
        ["honour rule without its kind or period type"] = ["SPM-RCG-001"],
        ["first-to-reach threshold not above 0 or above 1000 %"] = ["SPM-RCG-002"],
        ["first-to-reach rule without an existing KPI"] = ["SPM-RCG-003"],
        ["top-N rule with N outside 1–50"] = ["SPM-RCG-004"],
        ["kudos to oneself"] = ["SPM-RCG-005"],
        ["kudos changed by someone other than its giver"] = ["SPM-RCG-006"],
        ["honour written by a user"] = ["SPM-RCG-007"],
        ["kudos without a recipient"] = ["SPM-RCG-008"],
        ["feedback asked by someone other than the reviewer"] = ["SPM-FBK-001"],
        ["feedback on a completed review"] = ["SPM-FBK-002"],
        ["peer request naming a contact or customer request naming a user"] = ["SPM-FBK-003"],
        ["reviewee or reviewer asked as peer"] = ["SPM-FBK-004"],
        ["respondent asked twice for a review"] = ["SPM-FBK-005"],
        ["customer contact the rep did not work with"] = ["SPM-FBK-006"],
        ["more than 30 feedback requests for a review"] = ["SPM-FBK-007"],
        ["feedback request created answered"] = ["SPM-FBK-008"],
        ["feedback request's review, kind or respondent changed"] = ["SPM-FBK-009"],
        ["feedback answered by someone other than its respondent"] = ["SPM-FBK-010"],
        ["submitted or declined feedback changed"] = ["SPM-FBK-011"],
        ["feedback rating outside 1–5"] = ["SPM-FBK-012"],
        ["feedback submitted without rating"] = ["SPM-FBK-013"],
        ["customer feedback without capture source"] = ["SPM-FBK-014"],
        ["submitted feedback deleted"] = ["SPM-FBK-015"],
        ["period feedback weights partial or not summing to 100"] = ["SPM-FBK-016"],
        ["minimum feedback responses outside 1–50"] = ["SPM-FBK-017"],
        ["feedback request without review"] = ["SPM-FBK-018"],
        ["second development plan for a person and period"] = ["SPM-DEV-001"],
        ["completed-on date on an item not completed"] = ["SPM-DEV-002"],
        ["more than 50 items in a development plan"] = ["SPM-DEV-003"],
        ["development item completed after today"] = ["SPM-DEV-004"],
        ["development item without its plan"] = ["SPM-DEV-005"],
        ["key result weight not above 0"] = ["SPM-OKR-001"],
        ["key result goal equal to its start"] = ["SPM-OKR-002"],
        ["entered-value key result without start or goal"] = ["SPM-OKR-003"],
        ["key result tracking no target"] = ["SPM-OKR-004"],
        ["sixth active key result of an objective"] = ["SPM-OKR-005"],
        ["objective alignment that loops"] = ["SPM-OKR-006"],
        ["objective period outside its parent's"] = ["SPM-OKR-007"],
        ["objective alignment more than 10 deep"] = ["SPM-OKR-008"],
        ["key result without its kind"] = ["SPM-OKR-009"],
        ["one-to-one check-in without its rep"] = ["SPM-CHK-001"],
        ["team check-in without its team"] = ["SPM-CHK-002"],
        ["follow-up action without owner or due date"] = ["SPM-CHK-003"],
        ["check-in without its meeting date"] = ["SPM-CHK-004"],
        ["recalculation cursor passed to the pace refresh"] = ["SPM-SCH-001"],
        ["key result of another owner's objective (created or moved)"] = ["SPM-OKR-050"],
        ["honour deleted"] = ["SPM-RCG-050"],
    };

    /// <summary>
    /// The file expects one of <paramref name="codes"/> with the message text, not the code alone (at least the
    /// record and the rule: 30 characters after it), in Chinese or in English.
    /// </summary>
    public static bool ExpectsFaultText(ScenarioFacts file, IEnumerable<string> codes, bool chinese) =>
        file.Steps.Any(s => s.ExpectsFault && s.FaultText is string text
            && codes.Any(code => text.StartsWith("[" + code + "] ", StringComparison.Ordinal) && text.Length >= code.Length + 33)
            && HasChinese(text) == chinese);

    private static bool HasChinese(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff');

    /// <summary>A successful (not faulting) step matching <paramref name="match"/>, followed by a check of a target.</summary>
    private static bool Acted(ScenarioFacts file, Func<ScenarioStepFact, bool> match) =>
        file.Steps.Select((step, index) => (step, index)).Any(x => !x.step.ExpectsFault && match(x.step) && file.TargetCheckedAfter(x.index));

    private static bool ActsOnSource(ScenarioFacts file, string op, Func<ScenarioStepFact, bool> match) =>
        Acted(file, s => s.Op == op && s.Key is string key && file.TableOf(key) is string table && SourceTables.Contains(table) && match(s));

    private static decimal? Number(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<decimal>(out var number) ? number : null;
}
