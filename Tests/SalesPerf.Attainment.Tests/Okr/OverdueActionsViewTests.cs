using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg;
using SalesPerf.Packer.Sources;
using SalesPerf.Packer.Writers;
using SalesPerf.SolutionModel;

namespace SalesPerf.Attainment.Tests.Okr;

/// <summary>
/// "Overdue Actions in My Check-ins" as packed (Solution/Views, the packer's FetchXML) run through the local
/// organisation as the manager: due strictly before today (yesterday or earlier), whichever way the platform reads
/// olderthan-x-days (whole days or instants, not documented), never due today.
/// </summary>
public sealed class OverdueActionsViewTests
{
    private static readonly Guid ViewId = Guid.Parse("f7fb79e0-f0c7-4179-ad0b-503f88de98c8");

    [Theory]
    [InlineData(false, 9)]
    [InlineData(true, 9)]
    [InlineData(false, 0)]
    [InlineData(true, 0)]
    [InlineData(false, 23)]
    [InlineData(true, 23)]
    public void OverdueActions_DueYesterdayAndEarlierListed_DueTodayAndLaterNot_DoneNot(bool olderThanComparesInstants, int hour)
    {
        // Today is Saturday 14 Feb 2026 (UTC organisation), at 00:30, 09:30 or 23:30.
        var org = new LocalOrganization(new LocalOrganizationOptions
        {
            UtcNow = new DateTime(2026, 2, 14, hour, 30, 0, DateTimeKind.Utc),
            OlderThanComparesInstants = olderThanComparesInstants,
        });
        var nancy = org.CreateUser("Nancy");
        org.AssignRole(nancy, "SalesPerf Manager");
        var olga = org.CreateUser("Olga");
        org.AssignRole(olga, "SalesPerf Manager");
        var alice = org.CreateUser("Alice");
        org.AssignRole(alice, "SalesPerf Rep");
        var checkIn = org.Service.Create(new Entity("spm_checkin")
        {
            ["spm_name"] = "Alice weekly",
            ["spm_repid"] = new EntityReference("systemuser", alice),
            ["spm_managerid"] = new EntityReference("systemuser", nancy),
            ["spm_meetingdate"] = new DateTime(2026, 2, 9),
        });
        Action(org, checkIn, alice, "Due today", new DateTime(2026, 2, 14));
        Action(org, checkIn, alice, "Due yesterday", new DateTime(2026, 2, 13));
        Action(org, checkIn, alice, "Due two days ago", new DateTime(2026, 2, 12));
        Action(org, checkIn, alice, "Due last month", new DateTime(2026, 1, 5));
        Action(org, checkIn, alice, "Due tomorrow", new DateTime(2026, 2, 15));
        Action(org, checkIn, alice, "Done, due yesterday", new DateTime(2026, 2, 13), done: true);

        var fetch = new FetchExpression(OverdueFetch());
        var listed = org.ServiceFor(nancy).RetrieveMultiple(fetch).Entities.Select(e => e.GetAttributeValue<string>("spm_name")).ToArray();

        Assert.Equal(new[] { "Due last month", "Due two days ago", "Due yesterday" }, listed);
        Assert.Empty(org.ServiceFor(olga).RetrieveMultiple(fetch).Entities);
    }

    private static void Action(LocalOrganization org, Guid checkIn, Guid owner, string name, DateTime due, bool done = false) =>
        org.Service.Create(new Entity("spm_checkinitem")
        {
            ["spm_name"] = name,
            ["spm_checkinid"] = new EntityReference("spm_checkin", checkIn),
            ["spm_kind"] = new OptionSetValue(100000001),
            ["spm_actionownerid"] = new EntityReference("systemuser", owner),
            ["spm_duedate"] = due,
            ["spm_done"] = done,
        });

    private static string OverdueFetch()
    {
        var metadata = SolutionMetadata.LoadFromRepository(AppContext.BaseDirectory);
        var view = ViewSource.Load(metadata.SourceFolder, metadata).Single(v => v.Id == ViewId);
        return CustomViewXml.Fetch(view, metadata.Table(view.Table)).ToString();
    }
}
