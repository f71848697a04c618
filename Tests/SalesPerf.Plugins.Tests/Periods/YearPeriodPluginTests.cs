using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Periods;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;
using SalesPerf.Plugins.Tests.Doubles;

namespace SalesPerf.Plugins.Tests.Periods;

public sealed class YearPeriodPluginTests
{
    [Fact]
    public void Complete_YearWithOnlyItsFiscalYear_FillsDatesCodeAndNameFromTheOrganisationsCalendar()
    {
        var year = new Entity(PeriodColumns.EntityName) { [PeriodColumns.PeriodType] = new OptionSetValue(100000000), [PeriodColumns.FiscalYear] = 2026 };
        var builder = StepContextBuilder.For<YearPeriodPlugin>(MessageNames.Create, PipelineStage.PreValidation)
            .WithTarget(year)
            .WithRow(new Entity(OrganizationColumns.EntityName, Guid.NewGuid())
            {
                [OrganizationColumns.Name] = "Contoso",
                [OrganizationColumns.FiscalCalendarStart] = new DateTime(2000, 4, 1, 0, 0, 0, DateTimeKind.Utc),
            });

        builder.Execute(new YearPeriodPlugin());

        Assert.Equal("FY2026", year[PeriodColumns.Code]);
        Assert.Equal("FY2026", year[PeriodColumns.Name]);
        Assert.Equal(new DateTime(2026, 4, 1, 0, 0, 0, DateTimeKind.Utc), year[PeriodColumns.StartDate]);
        Assert.Equal(new DateTime(2027, 3, 31, 0, 0, 0, DateTimeKind.Utc), year[PeriodColumns.EndDate]);
        Assert.Equal(new[] { "RetrieveMultiple organization where - [name,fiscalcalendarstart]" }, builder.Services.Calls);
    }

    [Fact]
    public void Complete_Quarter_DoesNothing()
    {
        var quarter = new Entity(PeriodColumns.EntityName) { [PeriodColumns.PeriodType] = new OptionSetValue(100000002) };
        var builder = StepContextBuilder.For<YearPeriodPlugin>(MessageNames.Create, PipelineStage.PreValidation).WithTarget(quarter);

        builder.Execute(new YearPeriodPlugin());

        Assert.Empty(builder.Services.Calls);
        Assert.False(quarter.Contains(PeriodColumns.Code));
    }
}
