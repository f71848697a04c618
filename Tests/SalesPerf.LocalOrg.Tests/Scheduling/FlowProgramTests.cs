using System;
using System.Linq;
using System.Text.Json.Nodes;
using SalesPerf.LocalOrg.Scheduling;
using SalesPerf.SolutionModel.Flows;

namespace SalesPerf.LocalOrg.Tests.Scheduling;

/// <summary>The local organisation runs a scheduled flow from its packed definition, and refuses a shape it would not run as the platform does.</summary>
public sealed class FlowProgramTests
{
    private static ScheduledFlowDefinition Repository() => ScheduledFlowSource.LoadFromRepository(AppContext.BaseDirectory).Single();

    [Fact]
    public void Read_NightlyPaceRefresh_DailyAt2UtcLoopingRefreshPaceWithTheCursor()
    {
        var program = FlowProgram.Read(ScheduledFlowJson.Document(Repository()));

        Assert.Equal(FlowRecurrence.Day, program.Recurrence.Frequency);
        Assert.Equal(1, program.Recurrence.Interval);
        Assert.Equal([2], program.Recurrence.Hours);
        Assert.Equal([0], program.Recurrence.Minutes);
        Assert.Equal("spm_RefreshPace", program.Action);
        Assert.Equal("Cursor", program.CursorParameter);
        Assert.Equal(200, program.Arguments["SliceSize"]);
        Assert.Equal(5000, program.MaxSlices);
    }

    [Fact]
    public void Read_LoopWithoutIsDone_Refused()
    {
        var document = ScheduledFlowJson.Document(Repository());
        var loop = (JsonObject)document["properties"]!["definition"]!["actions"]![ScheduledFlowJson.LoopName]!;
        loop["expression"] = "@equals(1, 1)";

        var refusal = Assert.Throws<NotSupportedException>(() => FlowProgram.Read(document));

        Assert.Contains("the loop must run until @equals(variables('IsDone'), true)", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TriggerNotRecurrence_Refused()
    {
        var document = ScheduledFlowJson.Document(Repository());
        document["properties"]!["definition"]!["triggers"]![ScheduledFlowJson.TriggerName]!["type"] = "Request";

        Assert.Throws<NotSupportedException>(() => FlowProgram.Read(document));
    }

    [Fact]
    public void Scheduler_FlowAsPacked_IsOff_AndTurnsOn()
    {
        var org = new LocalOrganization();

        Assert.False(org.Scheduler.IsOn("spm_NightlyPaceRefresh"));
        org.Scheduler.TurnOn("spm_NightlyPaceRefresh");
        Assert.True(org.Scheduler.IsOn("spm_NightlyPaceRefresh"));
        Assert.Throws<ArgumentOutOfRangeException>(() => org.RunScheduledJobs(org.Clock.UtcNow.AddDays(-1)));
    }

    [Fact]
    public void RunScheduledJobs_NoPeriods_RunsOncePerNightAndFinishesInOneSlice()
    {
        var org = new LocalOrganization();
        org.Scheduler.TurnOn("spm_NightlyPaceRefresh");

        var runs = org.RunScheduledJobs(org.Clock.UtcNow.Date.AddDays(3).AddHours(3));

        Assert.Equal(3, runs.Count);
        Assert.All(runs, run => Assert.Equal(2, run.FiredAt.Hour));
        Assert.All(runs, run => Assert.True(run.Finished && run.Slices == 1 && run.Targets == 0, run.Error));
    }
}
