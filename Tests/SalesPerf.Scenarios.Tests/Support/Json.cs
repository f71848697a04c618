namespace SalesPerf.Scenarios.Tests.Support;

/// <summary>Scenario JSON written with single quotes in C# sources, for readability.</summary>
internal static class Json
{
    public static string Of(string singleQuoted) => singleQuoted.Replace('\'', '"');

    /// <summary>A complete scenario around the given steps (one user, alice).</summary>
    public static string Scenario(string steps) => Of(
        "{ 'name': 'test', 'clock': '2026-01-15T09:00:00Z', 'users': [ { 'key': 'alice', 'name': 'Alice Wang' } ], 'steps': [ " + steps + " ] }");

    /// <summary>Creates period q1 (FY2026-Q1), KPI revenue and target t1 (100,000, owned by alice): the start of most runner tests.</summary>
    public const string TargetSetup =
        "{ 'op': 'create', 'table': 'spm_period', 'key': 'q1', 'row': { 'spm_name': 'FY2026 Q1', 'spm_code': 'FY2026-Q1', 'spm_periodtype': 100000002, 'spm_startdate': '2026-01-01', 'spm_enddate': '2026-03-31' } }, "
        + "{ 'op': 'create', 'table': 'spm_kpi', 'key': 'revenue', 'row': { 'spm_name': 'Revenue', 'spm_code': 'REV', 'spm_measure': 100000000, 'spm_direction': 100000000, 'spm_unit': 100000000 } }, "
        + "{ 'op': 'create', 'table': 'spm_target', 'key': 't1', 'row': { 'spm_name': 'Alice Q1', 'ownerid': 'systemuser:alice', 'spm_kpiid': 'spm_kpi:revenue', 'spm_periodid': 'spm_period:q1', 'spm_targetvalue': 100000, 'spm_rollupsource': 100000000 } }";
}
