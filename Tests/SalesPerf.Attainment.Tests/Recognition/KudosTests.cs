using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Attainment.Tests.Support;

namespace SalesPerf.Attainment.Tests.Recognition;

/// <summary>Kudos from anyone to anyone else, changed only by the giver; honours written only by the engine; the wall.</summary>
public sealed class KudosTests
{
    private static Entity Kudos(Guid recipient, string name = "Great close") => new("spm_recognition")
    {
        ["spm_name"] = name,
        ["spm_recipientid"] = new EntityReference("systemuser", recipient),
        ["spm_message"] = "Thank you for the Acme renewal.",
    };

    [Fact]
    public void Create_RepGivesKudos_GiverKindTimeAndQuarterStamped_EveryoneReadsTheWall()
    {
        var org = new SalesOrg();
        var periods = org.Fy2026();
        var alice = org.Rep("Alice");
        var bob = org.Rep("Bob");
        var carl = org.Rep("Carl");
        var kudos = Kudos(bob);
        kudos["spm_opportunityid"] = new EntityReference("opportunity", org.Opportunity(bob, 1_000m, "2026-02-01"));

        var id = org.Org.ServiceFor(alice).Create(kudos);

        var row = org.Row("spm_recognition", id);
        Assert.Equal(alice, row.GetAttributeValue<EntityReference>("spm_giverid").Id);
        Assert.Equal(RecognitionOrg.Kudos, row.GetAttributeValue<OptionSetValue>("spm_kind").Value);
        Assert.Equal(new DateTime(2026, 2, 14, 9, 0, 0, DateTimeKind.Utc), row.GetAttributeValue<DateTime>("spm_recognisedon"));
        Assert.Equal(periods.Q1, row.GetAttributeValue<EntityReference>("spm_quarterid").Id);

        // Carl, a third rep, reads it on the wall (Read Global for every SalesPerf role).
        var wall = org.Org.ServiceFor(carl).RetrieveMultiple(new FetchExpression(WallFetch));
        Assert.Equal(id, Assert.Single(wall.Entities).Id);
    }

    [Fact]
    public void Create_KudosToOneself_RefusedInTheGiversLanguage()
    {
        var org = new SalesOrg();
        var alice = org.Rep("Alice");
        Assert.StartsWith("[SPM-RCG-005] Kudos 'Great close': you cannot give kudos to yourself.", RecognitionOrg.Fault(() => org.Org.ServiceFor(alice).Create(Kudos(alice))));

        org.SpeaksChinese(alice);
        Assert.StartsWith("[SPM-RCG-005] 点赞“Great close”：不能给自己点赞。", RecognitionOrg.Fault(() => org.Org.ServiceFor(alice).Create(Kudos(alice))));
        Assert.Equal(0, org.Count("spm_recognition"));
    }

    [Fact]
    public void Create_NoRecipient_Refused()
    {
        var org = new SalesOrg();
        var alice = org.Rep("Alice");
        var kudos = new Entity("spm_recognition") { ["spm_name"] = "Nobody" };
        Assert.StartsWith("[SPM-RCG-008] Kudos 'Nobody': it has no recipient.", RecognitionOrg.Fault(() => org.Org.ServiceFor(alice).Create(kudos)));
    }

    [Theory]
    [InlineData("spm_kind")]
    [InlineData("spm_honourruleid")]
    [InlineData("spm_reason")]
    public void Create_UserWritesAnHonour_Refused(string column)
    {
        var org = new SalesOrg();
        var alice = org.Rep("Alice");
        var bob = org.Rep("Bob");
        var kudos = Kudos(bob, "Fake honour");
        kudos[column] = column switch
        {
            "spm_kind" => new OptionSetValue(RecognitionOrg.Honour),
            "spm_honourruleid" => new EntityReference("spm_honourrule", org.TopRule("Top 3", 3)),
            _ => "I say so",
        };

        Assert.StartsWith(
            $"[SPM-RCG-007] Recognition 'Fake honour': '{column}' is written only by SalesPerf",
            RecognitionOrg.Fault(() => org.Org.ServiceFor(alice).Create(kudos)));
    }

    [Fact]
    public void Update_OnlyTheGiverChangesKudos_NeverToThemselfOrIntoAnHonour()
    {
        var org = new SalesOrg();
        var alice = org.Rep("Alice");
        var bob = org.Rep("Bob");
        var carl = org.Rep("Carl");
        var admin = org.User("Ada");
        org.Org.AssignRole(admin, "SalesPerf Admin");
        var id = org.Org.ServiceFor(alice).Create(Kudos(bob));

        org.Org.ServiceFor(alice).Update(new Entity("spm_recognition", id) { ["spm_message"] = "Thank you, Bob!" });
        Assert.Equal("Thank you, Bob!", org.Row("spm_recognition", id).GetAttributeValue<string>("spm_message"));

        // An admin may write every recognition by privilege, but not someone else's words.
        Assert.StartsWith(
            "[SPM-RCG-006] Kudos 'Great close': only the person who gave it may change it.",
            RecognitionOrg.Fault(() => org.Org.ServiceFor(admin).Update(new Entity("spm_recognition", id) { ["spm_message"] = "edited" })));
        Assert.StartsWith(
            "[SPM-RCG-005]",
            RecognitionOrg.Fault(() => org.Org.ServiceFor(alice).Update(new Entity("spm_recognition", id) { ["spm_recipientid"] = new EntityReference("systemuser", alice) })));
        Assert.StartsWith(
            "[SPM-RCG-007]",
            RecognitionOrg.Fault(() => org.Org.ServiceFor(alice).Update(new Entity("spm_recognition", id) { ["spm_kind"] = new OptionSetValue(RecognitionOrg.Honour) })));
        Assert.StartsWith(
            "[SPM-RCG-006]",
            RecognitionOrg.Fault(() => org.Org.ServiceFor(alice).Update(new Entity("spm_recognition", id) { ["spm_giverid"] = new EntityReference("systemuser", carl) })));
        Assert.Equal("Thank you, Bob!", org.Row("spm_recognition", id).GetAttributeValue<string>("spm_message"));
    }

    [Fact]
    public void Update_HonourGrantedByTheEngine_NobodyChangesIt()
    {
        var org = new SalesOrg();
        var reps = TwoRepsQuarterRevenue.Seed(org);
        var revenue = org.Row("spm_target", reps.AliceTarget).GetAttributeValue<EntityReference>("spm_kpiid").Id;
        org.FirstToReachRule("First to 100 %", revenue, 100m);
        org.Win(org.Opportunity(reps.Alice, 100_000m, "2026-02-03"), 100_000m, "2026-02-03");
        var honour = Assert.Single(org.Honours());

        Assert.StartsWith(
            "[SPM-RCG-007] Recognition 'First to 100 %': 'spm_message' is written only by SalesPerf",
            RecognitionOrg.Fault(() => org.Service.Update(new Entity("spm_recognition", honour.Id) { ["spm_message"] = "Well done" })));
    }

    [Fact]
    public void Privileges_RepCannotWriteHonourRules_AdminCan()
    {
        var org = new SalesOrg();
        var alice = org.Rep("Alice");
        var admin = org.User("Ada");
        org.Org.AssignRole(admin, "SalesPerf Admin");
        var rule = new Entity("spm_honourrule")
        {
            ["spm_name"] = "Top 3",
            ["spm_kind"] = new OptionSetValue(RecognitionOrg.TopOfLeaderboard),
            ["spm_periodtype"] = new OptionSetValue(RecognitionOrg.Quarter),
            ["spm_topn"] = 3,
        };

        Assert.Throws<System.ServiceModel.FaultException<OrganizationServiceFault>>(() => org.Org.ServiceFor(alice).Create(rule));
        var id = org.Org.ServiceFor(admin).Create(rule);
        Assert.Equal("Top 3", org.Org.ServiceFor(alice).Retrieve("spm_honourrule", id, new ColumnSet("spm_name")).GetAttributeValue<string>("spm_name"));
    }

    /// <summary>The wall view's query: this quarter's recognitions (by the quarter stamp), newest first.</summary>
    private const string WallFetch = """
        <fetch>
          <entity name="spm_recognition">
            <attribute name="spm_name" />
            <filter><condition attribute="statecode" operator="eq" value="0" /></filter>
            <link-entity name="spm_period" from="spm_periodid" to="spm_quarterid" alias="quarter">
              <filter>
                <condition attribute="spm_periodtype" operator="eq" value="100000002" />
                <condition attribute="spm_startdate" operator="last-x-months" value="3" />
                <condition attribute="spm_enddate" operator="next-x-months" value="3" />
              </filter>
            </link-entity>
            <order attribute="spm_recognisedon" descending="true" />
          </entity>
        </fetch>
        """;
}
