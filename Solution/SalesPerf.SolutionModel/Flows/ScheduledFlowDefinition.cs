using System;
using System.Collections.Generic;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.SolutionModel.Flows;

/// <summary>
/// A solution-aware scheduled cloud flow (Solution/Flows/*.json, docs/solution-source.md "Scheduled flows"): a Recurrence
/// trigger, then a loop that calls one sliced custom API through the Dataverse connector's "Perform an unbound action"
/// (with the returned cursor) until IsDone. The packer turns it into a Category 5 <c>Workflow</c> and its
/// <c>Workflows/&lt;Name&gt;-&lt;ID&gt;.json</c> definition (<see cref="ScheduledFlowJson"/>); the local organisation runs the same
/// definition (<c>LocalOrganization.RunScheduledJobs</c>).
/// </summary>
public sealed record ScheduledFlowDefinition(
    string UniqueName,
    Guid Id,
    Label Name,
    Label Description,
    bool Enabled,
    FlowRecurrence Recurrence,
    string Action,
    int SliceSize,
    int MaxSlices,
    string Timeout,
    FlowConnectionReference Connection)
{
    /// <summary>The stem of the definition file: the English name without anything but letters and digits, as exports name it.</summary>
    public string FileStem
    {
        get
        {
            var stem = new System.Text.StringBuilder();
            foreach (var c in Name.English)
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    stem.Append(c);
                }
            }

            return stem.ToString();
        }
    }

    /// <summary>Workflows/&lt;stem&gt;-&lt;ID UPPER&gt;.json (the zip entry; the Workflow's JsonFileName is the same with a leading slash).</summary>
    public string EntryName => "Workflows/" + FileStem + "-" + Id.ToString("D").ToUpperInvariant() + ".json";
}

/// <summary>The trigger: every <see cref="Interval"/> days (or hours) at the given hours and minutes, in UTC.</summary>
public sealed record FlowRecurrence(string Frequency, int Interval, IReadOnlyList<int> Hours, IReadOnlyList<int> Minutes, string TimeZone)
{
    public const string Day = "Day";
    public const string Hour = "Hour";
    public const string Utc = "UTC";
}

/// <summary>The connection reference the flow's Dataverse actions use; the admin binds it to a connection after import.</summary>
public sealed record FlowConnectionReference(string LogicalName, Label Name, string Connector)
{
    /// <summary>The Microsoft Dataverse connector.</summary>
    public const string Dataverse = "shared_commondataserviceforapps";

    public string ConnectorId => "/providers/Microsoft.PowerApps/apis/" + Connector;
}
