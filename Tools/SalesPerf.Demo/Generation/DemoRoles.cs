using System.Collections.Generic;

namespace SalesPerf.Demo.Generation;

/// <summary>
/// Which of issue 14's role KPI sets each rep's scorecards use, chosen from the rep's place, not from the seed:
/// account managers get the key-account set; hunters alternate between the hunter set and the field-rep set
/// (the first hunter of the organisation a hunter, the second a field rep, and so on).
/// </summary>
internal static class DemoRoles
{
    public const string Hunter = "ROLE-HUNTER";

    public const string KeyAccount = "ROLE-KAM";

    public const string Field = "ROLE-FIELD";

    /// <summary>The role set key of every rep, by rep id.</summary>
    public static Dictionary<System.Guid, string> Assign(IReadOnlyList<DemoPerson> reps)
    {
        var roles = new Dictionary<System.Guid, string>();
        var hunters = 0;
        foreach (var rep in reps)
        {
            roles[rep.Id] = rep.Hunter ? (hunters++ % 2 == 0 ? Hunter : Field) : KeyAccount;
        }

        return roles;
    }
}
