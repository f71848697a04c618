using System;

namespace SalesPerf.Demo.Generation;

/// <summary>Generates the demo organisation and its business from <see cref="DemoOptions"/>: the same options give the same steps.</summary>
public static class DemoGenerator
{
    public static DemoPlan Generate(DemoOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.BusinessMonths is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.BusinessMonths, "BusinessMonths must be 1–12.");
        }

        if (DemoOptions.RepsError(options.Reps) is { } reps)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Reps, reps);
        }

        var builder = new PlanBuilder(options.Seed);
        var world = new DemoWorld(options, builder);
        OrganisationSection.Build(world);
        KpiSection.Build(world);
        PeriodSection.Build(world);
        TargetSection.Build(world);
        CommissionSection.Build(world);
        RecognitionSection.Build(world);
        BusinessSection.Build(world);
        OkrSection.Build(world);
        ActivitySection.Build(world);
        FeedbackSection.Build(world);
        Closing(world);
        return new DemoPlan(options, builder.Steps(), world.Reps, world.Managers, world.Periods[$"FY{options.FiscalYear}"].Id,
            world.BusinessEnd, world.BaseCurrency.Id);
    }

    /// <summary>At the end of the window: a bulk recalculation (pace as of that day) and a review cycle per manager.</summary>
    private static void Closing(DemoWorld world)
    {
        var at = world.BusinessEnd;
        var year = world.Periods[$"FY{world.Options.FiscalYear}"];
        world.Builder.Execute(at, "Recalculate the year", DemoRequests.OptionalPrefix + "spm_Recalculate", ("Period", year));
        foreach (var manager in world.Managers)
        {
            world.Builder.Execute(at, "Start review cycle " + manager.FullName, DemoRequests.OptionalPrefix + "spm_StartReviewCycle",
                ("Period", year), ("Manager", DemoWorld.User(manager.Id)));
        }
    }
}
