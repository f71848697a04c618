using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Plugins.Schema;
using static SalesPerf.Plugins.DataAccess.Fetch.FetchXml;

namespace SalesPerf.Plugins.DataAccess.Fetch;

/// <summary>
/// Scorecards by id with their stored weighted score and stale mark and, through an outer link <c>t</c> restricted to active targets,
/// the weight, score and stale mark of every target on them: one row per (scorecard, target), or one bare row for a scorecard
/// without targets.
/// </summary>
public static class ScorecardFetch
{
    public const string TargetAlias = "t";

    public static string ForIds(IEnumerable<Guid> scorecardIds)
    {
        var entity = Entity(
            ScorecardColumns.EntityName,
            new XElement("attribute", new XAttribute("name", ScorecardColumns.Id)),
            new XElement("attribute", new XAttribute("name", ScorecardColumns.WeightedScore)),
            new XElement("attribute", new XAttribute("name", ScorecardColumns.RecalculationNeeded)),
            And(In(ScorecardColumns.Id, scorecardIds.Distinct().Cast<object>())),
            Link(
                TargetColumns.EntityName, TargetColumns.ScorecardId, ScorecardColumns.Id, TargetAlias, "outer",
                new XElement("attribute", new XAttribute("name", TargetColumns.Id)),
                new XElement("attribute", new XAttribute("name", TargetColumns.Weight)),
                new XElement("attribute", new XAttribute("name", TargetColumns.ScorePercent)),
                new XElement("attribute", new XAttribute("name", TargetColumns.RecalculationNeeded)),
                And(Condition(TargetStates.StateCode, "eq", TargetStates.Active))));
        return new XElement("fetch", new XAttribute("mapping", "logical"), entity).ToString(SaveOptions.DisableFormatting);
    }
}
