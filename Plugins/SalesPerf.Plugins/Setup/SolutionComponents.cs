using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace SalesPerf.Plugins.Setup;

/// <summary>
/// Puts registered steps into the SalesPerf solution with AddSolutionComponent (component type 92). The request is
/// sent by name: its typed class lives in Microsoft.Crm.Sdk.Proxy, which the plug-in assembly does not reference.
/// AddSolutionComponent adds to an unmanaged solution only (its documentation), so where SalesPerf was imported
/// managed the steps stay in the organisation's active layer and are not added.
/// </summary>
internal static class SolutionComponents
{
    public const string SolutionUniqueName = CompleteSetupPlugin.SolutionUniqueName;

    private const string SolutionTable = "solution";
    private const string UniqueNameColumn = "uniquename";
    private const string IsManagedColumn = "ismanaged";

    /// <summary>Whether the solution is managed; null when it is not installed (one query).</summary>
    public static bool? IsManaged(IOrganizationService service)
    {
        var query = new QueryExpression(SolutionTable) { ColumnSet = new ColumnSet(IsManagedColumn), TopCount = 1 };
        query.Criteria.AddCondition(UniqueNameColumn, ConditionOperator.Equal, SolutionUniqueName);
        var row = service.RetrieveMultiple(query).Entities.FirstOrDefault();
        return row?.GetAttributeValue<bool>(IsManagedColumn);
    }

    public static void AddSteps(IOrganizationService service, IEnumerable<Guid> stepIds)
    {
        foreach (var stepId in stepIds)
        {
            service.Execute(new OrganizationRequest("AddSolutionComponent")
            {
                ["ComponentId"] = stepId,
                ["ComponentType"] = RegistrationTables.StepComponentType,
                ["SolutionUniqueName"] = SolutionUniqueName,
                ["AddRequiredComponents"] = false,
            });
        }
    }
}
