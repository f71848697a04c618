using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Plugins.Schema;
using static SalesPerf.Plugins.DataAccess.Fetch.FetchXml;

namespace SalesPerf.Plugins.DataAccess.Fetch;

/// <summary>
/// One aggregate over the active children of the given parent targets, grouped by parent: Σ target values (allocation),
/// and for the roll-up Σ actuals, Σ numerators, Σ denominators, Σ in-progress values and Σ projected values with the number of children
/// holding each (<c>countcolumn</c>, which ignores nulls as every function but <c>count</c> does, semantics doc 3.6).
/// A parent's roll-up therefore costs one call whatever the size of its team; no child row is read.
/// </summary>
public static class ChildTargetFetch
{
    public const string Parent = "parent";
    public const string Children = "children";
    public const string TargetValueSum = "targetvalue";
    public const string ActualCount = "actuals";
    public const string ActualSum = "actual";
    public const string NumeratorCount = "numerators";
    public const string NumeratorSum = "numerator";
    public const string DenominatorSum = "denominator";
    public const string InProgressCount = "inprogresses";
    public const string InProgressSum = "inprogress";
    public const string ProjectedCount = "projections";
    public const string ProjectedSum = "projected";

    public static string Build(IEnumerable<Guid> parentIds)
    {
        var entity = Entity(
            TargetColumns.EntityName,
            GroupBy(TargetColumns.ParentTargetId, Parent),
            Aggregate(TargetColumns.Id, Children, "count"),
            Aggregate(TargetColumns.TargetValue, TargetValueSum, "sum"),
            Aggregate(TargetColumns.ActualValue, ActualCount, "countcolumn"),
            Aggregate(TargetColumns.ActualValue, ActualSum, "sum"),
            Aggregate(TargetColumns.Numerator, NumeratorCount, "countcolumn"),
            Aggregate(TargetColumns.Numerator, NumeratorSum, "sum"),
            Aggregate(TargetColumns.Denominator, DenominatorSum, "sum"),
            Aggregate(TargetColumns.InProgressValue, InProgressCount, "countcolumn"),
            Aggregate(TargetColumns.InProgressValue, InProgressSum, "sum"),
            Aggregate(TargetColumns.ProjectedValue, ProjectedCount, "countcolumn"),
            Aggregate(TargetColumns.ProjectedValue, ProjectedSum, "sum"),
            And(
                Condition(TargetStates.StateCode, "eq", TargetStates.Active),
                In(TargetColumns.ParentTargetId, parentIds.Distinct().Cast<object>())));
        return AggregateFetch(entity).ToString(SaveOptions.DisableFormatting);
    }
}
