using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Tests.Support;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.LocalOrg.Tests;

/// <summary>
/// <see cref="LocalOrganizationOptions.CloseRaisesNestedUpdate"/>: whether the platform raises an Update of the closed
/// row inside Win, Lose, FulfillSalesOrder and CancelSalesOrder is not verified. With true the row's Update steps fire
/// inside the close; with false they do not, and the row is still written as an Update writes it.
/// </summary>
public sealed class CloseNestedUpdateTests
{
    private static readonly DateTime Now = new(2026, 3, 31, 12, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Win_EitherWay_UpdateStepsFireOnlyWithTheNestedUpdate(bool nestedUpdate)
    {
        var org = Create(nestedUpdate);
        var id = org.Service.Create(new Entity("opportunity") { ["name"] = "Deal", ["estimatedvalue"] = new Money(1000m) });

        Win(org, id);

        var runs = org.StepLog.Where(e => e.PluginType == typeof(TraceContextPlugin).FullName).Select(e => e.Message).ToList();
        Assert.Equal(nestedUpdate ? ["Update", "Win"] : ["Win"], runs);
    }

    [Fact]
    public void Win_WithoutNestedUpdate_RowWrittenAsTheNestedUpdateWritesIt()
    {
        var nested = Create(nestedUpdate: true);
        var direct = Create(nestedUpdate: false);
        var rows = new[] { nested, direct }.Select(org =>
        {
            var id = org.Service.Create(new Entity("opportunity") { ["name"] = "Deal", ["estimatedvalue"] = new Money(1000m) });
            var before = org.Service.Retrieve("opportunity", id, new ColumnSet("versionnumber")).GetAttributeValue<long>("versionnumber");
            org.Clock.UtcNow = Now.AddHours(1);
            Win(org, id);
            var after = org.Service.Retrieve("opportunity", id, new ColumnSet(true));
            return (Row: after, VersionsWritten: after.GetAttributeValue<long>("versionnumber") - before);
        }).ToArray();

        foreach (var (row, _) in rows)
        {
            Assert.Equal(1, row.GetAttributeValue<OptionSetValue>("statecode").Value);
            Assert.Equal(3, row.GetAttributeValue<OptionSetValue>("statuscode").Value);
            Assert.Equal(1000m, row.GetAttributeValue<Money>("actualvalue").Value);
            Assert.Equal(Now.AddHours(1), row.GetAttributeValue<DateTime>("modifiedon"));
        }

        // The same columns and the same number of writes (the close activity, then the row) either way.
        Assert.Equal(rows[0].Row.Attributes.Keys.Order(StringComparer.Ordinal), rows[1].Row.Attributes.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(rows[0].VersionsWritten, rows[1].VersionsWritten);
        Assert.Equal(rows[0].Row.GetAttributeValue<EntityReference>("modifiedby").Id, nested.AdministratorId);
        Assert.Equal(rows[1].Row.GetAttributeValue<EntityReference>("modifiedby").Id, direct.AdministratorId);
    }

    [Fact]
    public void Win_WithoutNestedUpdate_FailingWinStepRollsTheRowBack()
    {
        var org = new LocalOrganization(new LocalOrganizationOptions
        {
            Steps = [TestOrg.Step<ThrowingPlugin>("Win", "opportunity", PipelineStage.PostOperation)],
            CustomApis = [],
            UtcNow = Now,
            CloseRaisesNestedUpdate = false,
        });
        var id = org.Service.Create(new Entity("opportunity") { ["name"] = "Deal", ["estimatedvalue"] = new Money(1000m) });

        TestOrg.Fault(() => Win(org, id));

        Assert.Equal(0, org.Service.Retrieve("opportunity", id, new ColumnSet("statecode")).GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Equal(0, org.Count("opportunityclose"));
    }

    private static LocalOrganization Create(bool nestedUpdate) => new(new LocalOrganizationOptions
    {
        Steps =
        [
            TestOrg.Step<TraceContextPlugin>("Update", "opportunity", PipelineStage.PostOperation),
            TestOrg.Step<TraceContextPlugin>("Win", "opportunity", PipelineStage.PostOperation),
        ],
        CustomApis = [],
        UtcNow = Now,
        CloseRaisesNestedUpdate = nestedUpdate,
    });

    private static void Win(LocalOrganization org, Guid id) => org.Service.Execute(new OrganizationRequest("WinOpportunity")
    {
        ["OpportunityClose"] = new Entity("opportunityclose") { ["opportunityid"] = new EntityReference("opportunity", id) },
        ["Status"] = new OptionSetValue(3),
    });
}
