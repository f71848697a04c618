using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg.Tests.Support;
using SalesPerf.Plugins.Registration;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.LocalOrg.Tests;

/// <summary>
/// A lookup's declared Delete cascade, applied in the core operation as Dataverse does: Restrict refuses while any row,
/// active or inactive, points at the row (CannotDeleteDueToAssociation, after the PreValidation and PreOperation steps
/// ran; the whole transaction rolls back); Cascade deletes the pointing rows with it, each checked the same way.
/// </summary>
public sealed class DeleteCascadeTests
{
    private const int CannotDeleteDueToAssociation = -2147220953;
    private static readonly Label L = new("x", "x");

    private static TableDefinition Table(string name, params ColumnDefinition[] lookups)
    {
        var widget = TestTables.Widget;
        var columns = widget.Columns
            .Where(c => c.LogicalName != "test_accountid")
            .Select(c => c.LogicalName == "test_widgetid" ? c with { LogicalName = name + "id" } : c)
            .Concat(lookups)
            .ToList();
        return widget with { LogicalName = name, PrimaryIdAttribute = name + "id", Columns = columns };
    }

    private static ColumnDefinition Lookup(string name, string target, CascadeDeleteBehavior cascade) =>
        new() { LogicalName = name, Type = ColumnType.Lookup, DisplayName = L, Targets = [target], IsCustom = true, CascadeDelete = cascade };

    private static LocalOrganization Organization(params StepRegistration[] steps) =>
        new(new LocalOrganizationOptions
        {
            Steps = steps,
            AdditionalTables =
            [
                Table("test_parent"),
                Table("test_child", Lookup("test_parentid", "test_parent", CascadeDeleteBehavior.Restrict)),
                Table("test_part", Lookup("test_parentid", "test_parent", CascadeDeleteBehavior.Cascade)),
                Table("test_note", Lookup("test_parentid", "test_parent", CascadeDeleteBehavior.RemoveLink), Lookup("test_partid", "test_part", CascadeDeleteBehavior.Restrict)),
            ],
            UtcNow = new DateTime(2026, 3, 31, 12, 0, 0, DateTimeKind.Utc),
        });

    private static Guid Create(LocalOrganization org, string table, string? lookup = null, Guid? target = null, string? targetTable = null)
    {
        var row = new Entity(table) { ["test_name"] = table };
        if (lookup is not null)
        {
            row[lookup] = new EntityReference(targetTable!, target!.Value);
        }

        return org.Service.Create(row);
    }

    [Fact]
    public void Delete_RestrictedRowPointsAtIt_FaultsAfterThePreStepsAndChangesNothing()
    {
        var org = Organization(
            TestOrg.Step<StageTracePlugin>("Delete", "test_parent", PipelineStage.PreValidation),
            TestOrg.Step<StageTracePlugin>("Delete", "test_parent", PipelineStage.PreOperation));
        var parent = Create(org, "test_parent");
        var child = Create(org, "test_child", "test_parentid", parent, "test_parent");
        var part = Create(org, "test_part", "test_parentid", parent, "test_parent");
        org.Service.Update(new Entity("test_child", child) { ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(2) });

        var fault = TestOrg.Fault(() => org.Service.Delete("test_parent", parent));

        Assert.Equal(CannotDeleteDueToAssociation, fault.Detail.ErrorCode);
        Assert.Equal("The object you tried to delete is associated with another object and cannot be deleted.", fault.Detail.Message);
        Assert.Contains(org.Traces<StageTracePlugin>(), t => t == "stage=10");
        Assert.Contains(org.Traces<StageTracePlugin>(), t => t == "stage=20");
        Assert.Single(org.Rows("test_parent"));
        Assert.Equal(parent, org.Rows("test_child").Single().GetAttributeValue<EntityReference>("test_parentid").Id);
        Assert.Equal(part, org.Rows("test_part").Single().Id);
    }

    [Fact]
    public void Delete_RestrictedRowGone_DeletesAndCascadesAndRemovesLinks()
    {
        var org = Organization();
        var parent = Create(org, "test_parent");
        var child = Create(org, "test_child", "test_parentid", parent, "test_parent");
        Create(org, "test_part", "test_parentid", parent, "test_parent");
        var note = Create(org, "test_note", "test_parentid", parent, "test_parent");
        org.Service.Delete("test_child", child);

        org.Service.Delete("test_parent", parent);

        Assert.Empty(org.Rows("test_parent"));
        Assert.Empty(org.Rows("test_part"));
        Assert.False(org.Rows("test_note").Single(r => r.Id == note).Contains("test_parentid"));
    }

    [Fact]
    public void Delete_RestrictBelowACascade_FaultsAndNothingIsRemoved()
    {
        var org = Organization();
        var parent = Create(org, "test_parent");
        var part = Create(org, "test_part", "test_parentid", parent, "test_parent");
        Create(org, "test_note", "test_partid", part, "test_part");

        var fault = TestOrg.Fault(() => org.Service.Delete("test_parent", parent));

        Assert.Equal(CannotDeleteDueToAssociation, fault.Detail.ErrorCode);
        Assert.Single(org.Rows("test_parent"));
        Assert.Single(org.Rows("test_part"));
    }
}

/// <summary>Traces the stage it runs in, and nothing else.</summary>
public sealed class StageTracePlugin : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationService service, IOrganizationServiceFactory factory) =>
        tracing.Trace("stage={0}", context.Stage);
}
