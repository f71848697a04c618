using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Plugins.Setup;

/// <summary>
/// Creates each setup step's rows with their fixed ids, or updates an existing step and its images to match the
/// declaration (only the columns that differ; images no longer declared are deleted).
/// </summary>
internal static class StepRowWriter
{
    /// <summary>Writes the steps; returns the ids of the steps it created (the others already existed).</summary>
    public static IReadOnlyCollection<Guid> Write(IOrganizationService service, IReadOnlyList<SetupTarget> targets)
    {
        var stepIds = targets.Select(t => t.Step.Id).ToList();
        var existingSteps = StepRowReader.Steps(service, stepIds);
        var existingImages = StepRowReader.Images(service, stepIds).ToDictionary(i => i.Id);
        var created = new HashSet<Guid>();
        foreach (var target in targets)
        {
            var desired = StepRows.Step(target.Step, target.MessageId, target.FilterId, target.PluginTypeId);
            if (existingSteps.TryGetValue(desired.Id, out var existing))
            {
                UpdateWhereDifferent(service, desired, existing);
            }
            else
            {
                service.Create(desired);
                created.Add(desired.Id);
            }

            foreach (var image in StepRows.Images(target.Step))
            {
                if (existingImages.TryGetValue(image.Id, out var existingImage))
                {
                    UpdateWhereDifferent(service, image, existingImage);
                }
                else
                {
                    service.Create(image);
                }
            }
        }

        var declaredImages = new HashSet<Guid>(targets.SelectMany(t => StepRows.Images(t.Step)).Select(i => i.Id));
        foreach (var stale in existingImages.Keys.Where(id => !declaredImages.Contains(id)))
        {
            service.Delete(RegistrationTables.Image, stale);
        }

        return created;
    }

    private static void UpdateWhereDifferent(IOrganizationService service, Entity desired, Entity existing)
    {
        if (StepRows.Differences(desired, existing) is Entity update)
        {
            service.Update(update);
        }
    }
}
