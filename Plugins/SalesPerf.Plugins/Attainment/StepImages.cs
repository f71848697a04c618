using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Infrastructure;

namespace SalesPerf.Plugins.Attainment;

/// <summary>Reads a step's pre- and post-image and the rows they point at.</summary>
internal static class StepImages
{
    /// <summary>The pre-image and the post-image, those the step has.</summary>
    public static Entity[] Present(LocalPluginContext context, string preImageName, string postImageName) =>
        new[] { context.PreImage(preImageName), context.PostImage(postImageName) }.Where(e => e is not null).Select(e => e!).ToArray();

    /// <summary>The distinct non-empty ids that <paramref name="lookupColumn"/> holds across <paramref name="images"/>.</summary>
    public static Guid[] ReferencedIds(IEnumerable<Entity> images, string lookupColumn) =>
        images.Select(e => e.GetAttributeValue<EntityReference>(lookupColumn)?.Id ?? Guid.Empty)
            .Where(id => id != Guid.Empty).Distinct().ToArray();
}
