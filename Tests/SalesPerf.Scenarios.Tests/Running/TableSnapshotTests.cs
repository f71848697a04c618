using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg;
using SalesPerf.Scenarios.Running;
using SalesPerf.Scenarios.Tests.Support;

namespace SalesPerf.Scenarios.Tests.Running;

/// <summary>The before/after comparison behind expectFault's "leave every row as it was".</summary>
public sealed class TableSnapshotTests
{
    private static readonly string[] Tables = ["account"];

    [Fact]
    public void FirstDifference_NothingWritten_IsNull()
    {
        var org = NewOrganization();
        org.Service.Create(new Entity("account") { ["name"] = "Acme" });

        var before = TableSnapshot.Take(org.Rows, Tables);

        Assert.Null(before.FirstDifference(TableSnapshot.Take(org.Rows, Tables)));
    }

    [Fact]
    public void FirstDifference_RowCreated_NamesTheRow()
    {
        var org = NewOrganization();
        var before = TableSnapshot.Take(org.Rows, Tables);
        var id = org.Service.Create(new Entity("account") { ["name"] = "Acme" });

        Assert.Equal($"account {id} was created", before.FirstDifference(TableSnapshot.Take(org.Rows, Tables)));
    }

    [Fact]
    public void FirstDifference_ColumnChanged_NamesColumnAndValues()
    {
        var org = NewOrganization();
        var id = org.Service.Create(new Entity("account") { ["name"] = "Acme" });
        var before = TableSnapshot.Take(org.Rows, Tables);
        org.Service.Update(new Entity("account", id) { ["name"] = "Globex" });

        Assert.Contains("name changed from Acme to Globex", before.FirstDifference(TableSnapshot.Take(org.Rows, Tables)), StringComparison.Ordinal);
    }

    [Fact]
    public void FirstDifference_RowDeleted_NamesTheRow()
    {
        var org = NewOrganization();
        var id = org.Service.Create(new Entity("account") { ["name"] = "Acme" });
        var before = TableSnapshot.Take(org.Rows, Tables);
        org.Service.Delete("account", id);

        Assert.Equal($"account {id} was deleted", before.FirstDifference(TableSnapshot.Take(org.Rows, Tables)));
    }

    private static LocalOrganization NewOrganization() => new(new LocalOrganizationOptions { Tables = [.. TestSchema.Solution.Tables] });
}
