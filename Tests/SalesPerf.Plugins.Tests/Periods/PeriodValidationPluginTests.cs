using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Messages;
using SalesPerf.Plugins.Periods;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;
using SalesPerf.Plugins.Tests.Doubles;

namespace SalesPerf.Plugins.Tests.Periods;

public sealed class PeriodValidationPluginTests
{
    [Fact]
    public void Create_EndBeforeStart_ThrowsBeforeAnyPeriodQuery()
    {
        var builder = StepContextBuilder.For<PeriodValidationPlugin>(MessageNames.Create)
            .WithTarget(Period("Spring", "2026-03-31", "2026-01-01"));

        var error = Assert.Throws<InvalidPluginExecutionException>(() => builder.Execute(new PeriodValidationPlugin()));

        Assert.StartsWith("[SPM-PER-001] Period 'Spring': the end date 2026-01-01 is before the start date 2026-03-31.", error.Message, StringComparison.Ordinal);
        Assert.Equal(new[] { "usersettings" }, builder.Services.Calls.Select(c => c.Split(' ')[1]));
    }

    [Fact]
    public void Update_EndMovedBeforeTheStoredStart_CompletesFromThePreImageAndThrows()
    {
        var id = Guid.NewGuid();
        var stored = Period("FY2026-Q1", "2026-01-01", "2026-03-31");
        stored.Id = id;
        var change = new Entity(PeriodColumns.EntityName, id) { [PeriodColumns.EndDate] = new DateTime(2025, 12, 31, 0, 0, 0, DateTimeKind.Utc) };
        var builder = StepContextBuilder.For<PeriodValidationPlugin>(MessageNames.Update).WithTarget(change).WithStoredRow(stored)
            .WithUserLanguage(LanguageCodes.ChineseSimplified);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => builder.Execute(new PeriodValidationPlugin()));

        Assert.Equal("[SPM-PER-001] 期间“FY2026-Q1”：结束日期 2025-12-31 早于开始日期 2026-01-01。请输入不早于开始日期的结束日期。", error.Message);
    }

    [Fact]
    public void Create_WithoutDates_LeavesItToTheRequiredColumnCheck()
    {
        var builder = StepContextBuilder.For<PeriodValidationPlugin>(MessageNames.Create)
            .WithTarget(new Entity(PeriodColumns.EntityName) { [PeriodColumns.Name] = "Draft" });

        builder.Execute(new PeriodValidationPlugin());

        Assert.Empty(builder.Services.Calls);
    }

    [Fact]
    public void Steps_CreateValidation_RunsAfterTheYearIsCompleted()
    {
        var validate = PluginCatalog.ReadSteps(typeof(PeriodValidationPlugin)).Single(s => s.Message == MessageNames.Create);
        var complete = PluginCatalog.ReadSteps(typeof(YearPeriodPlugin)).Single(s => s.Stage == PipelineStage.PreValidation);

        Assert.Equal(complete.Stage, validate.Stage);
        Assert.True(complete.Rank < validate.Rank);
    }

    private static Entity Period(string name, string start, string end) => new(PeriodColumns.EntityName)
    {
        [PeriodColumns.Name] = name,
        [PeriodColumns.Code] = name,
        [PeriodColumns.PeriodType] = new OptionSetValue(100000002),
        [PeriodColumns.StartDate] = DateTime.SpecifyKind(DateTime.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc),
        [PeriodColumns.EndDate] = DateTime.SpecifyKind(DateTime.Parse(end, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc),
    };
}
