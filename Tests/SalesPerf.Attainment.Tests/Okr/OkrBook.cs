using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.Attainment.Tests.Support;

namespace SalesPerf.Attainment.Tests.Okr;

/// <summary>Objectives and key results seeded through the real steps, as a rep or manager would enter them.</summary>
internal static class OkrBook
{
    public const int TracksTarget = 100000000;
    public const int EnteredValue = 100000001;
    public const int NeedsKeyResults = 100000000;
    public const int Complete = 100000001;

    public static Guid Objective(SalesOrg org, Guid owner, Guid period, string name, Guid? parent = null)
    {
        var row = new Entity("spm_objective")
        {
            ["spm_name"] = name,
            ["ownerid"] = new EntityReference("systemuser", owner),
            ["spm_periodid"] = new EntityReference("spm_period", period),
        };
        if (parent is Guid id)
        {
            row["spm_parentobjectiveid"] = new EntityReference("spm_objective", id);
        }

        return org.Service.Create(row);
    }

    public static Guid TrackingKeyResult(SalesOrg org, Guid objective, Guid target, decimal weight, string name = "Revenue Q1") =>
        org.Service.Create(new Entity("spm_keyresult")
        {
            ["spm_name"] = name,
            ["spm_objectiveid"] = new EntityReference("spm_objective", objective),
            ["spm_kind"] = new OptionSetValue(TracksTarget),
            ["spm_weight"] = weight,
            ["spm_targetid"] = new EntityReference("spm_target", target),
        });

    public static Guid ValueKeyResult(SalesOrg org, Guid objective, decimal start, decimal goal, decimal? current, decimal weight = 1m, string name = "Demos") =>
        org.Service.Create(new Entity("spm_keyresult")
        {
            ["spm_name"] = name,
            ["spm_objectiveid"] = new EntityReference("spm_objective", objective),
            ["spm_kind"] = new OptionSetValue(EnteredValue),
            ["spm_weight"] = weight,
            ["spm_startvalue"] = start,
            ["spm_goalvalue"] = goal,
            ["spm_currentvalue"] = current,
        });
}
