using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Attainment.Tests.Support;
using SalesPerf.Plugins.Attainment;
using SalesPerf.SolutionModel;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Attainment.Tests;

/// <summary>
/// On Create Dataverse writes each Boolean column's default (No) into the Target before the first stage, so the
/// Create guard of the engine-only opportunity stamps sees spm_isnewcustomer = false on every new opportunity. That
/// value is the platform's, not a user's write (domain rule 1 still refuses any other value, SPM-CMP-001).
/// </summary>
public sealed class EngineColumnCreateDefaultsTests
{
    [Fact]
    public void CreateOpportunity_WithoutStamps_SucceedsAndStoresThePlatformDefault()
    {
        var org = new SalesOrg();
        var rep = org.User("Alice");

        var deal = org.Opportunity(rep, 1_000m, "2026-02-10");

        var row = org.Row("opportunity", deal);
        Assert.False(row.GetAttributeValue<bool>("spm_isnewcustomer"));
        Assert.False(row.Contains("spm_salescycledays"));
    }

    [Fact]
    public void CreateOpportunity_WithIsNewCustomerTrue_RefusedWithSpmCmp001AndNothingWritten()
    {
        var org = new SalesOrg();
        var rep = org.User("Alice");

        var fault = Assert.ThrowsAny<Exception>(() => org.Service.Create(Deal(rep, org.Customer, "spm_isnewcustomer", true)));

        Assert.Contains("[SPM-CMP-001] Record 'Stamped deal' (opportunity): the column 'spm_isnewcustomer'", fault.Message, StringComparison.Ordinal);
        Assert.Equal(0, org.Count("opportunity"));
    }

    [Fact]
    public void CreateOpportunity_WithSalesCycleDays_RefusedWithSpmCmp001AndNothingWritten()
    {
        var org = new SalesOrg();
        var rep = org.User("Alice");

        var fault = Assert.ThrowsAny<Exception>(() => org.Service.Create(Deal(rep, org.Customer, "spm_salescycledays", 12)));

        Assert.Contains("[SPM-CMP-001] Record 'Stamped deal' (opportunity): the column 'spm_salescycledays'", fault.Message, StringComparison.Ordinal);
        Assert.Equal(0, org.Count("opportunity"));
    }

    [Fact]
    public void CreateOpportunity_SendingTheDefaultFalseExplicitly_IsAccepted()
    {
        var org = new SalesOrg();
        var rep = org.User("Alice");

        var deal = org.Service.Create(Deal(rep, org.Customer, "spm_isnewcustomer", false));

        Assert.False(org.Row("opportunity", deal).GetAttributeValue<bool>("spm_isnewcustomer"));
    }

    [Fact]
    public void UpdateOpportunity_WritingFalse_IsStillAUserWriteAndRefused()
    {
        var org = new SalesOrg();
        var rep = org.User("Alice");
        var deal = org.Opportunity(rep, 1_000m, "2026-02-10");

        var fault = Assert.ThrowsAny<Exception>(() => org.Service.Update(new Entity("opportunity", deal) { ["spm_isnewcustomer"] = false }));

        Assert.Contains("[SPM-CMP-001] Record 'Deal' (opportunity): the column 'spm_isnewcustomer'", fault.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("spm_scorecard")]
    [InlineData("opportunity")]
    [InlineData("salesorder")]
    [InlineData("invoice")]
    public void EngineColumnDefaults_AreTheSolutionMetadataDefaults(string table)
    {
        var metadata = SolutionMetadata.LoadFromRepository(AppContext.BaseDirectory);

        foreach (var name in EngineColumns.Of(table))
        {
            var column = metadata.Table(table).FindColumn(name) ?? throw new InvalidOperationException($"{table} has no column {name}");
            object? expected = column.Type switch
            {
                ColumnType.Boolean => (column.DefaultValue ?? 0m) != 0m,
                ColumnType.Choice when column.DefaultValue is decimal option => (int)option,
                _ => null,
            };
            var actual = EngineColumns.PlatformDefault(name) is OptionSetValue value ? value.Value : EngineColumns.PlatformDefault(name);
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void EngineColumns_IncludeABooleanWithAPlatformDefault()
    {
        // Guards the theory above against passing vacuously: the opportunity stamps include the Boolean the platform defaults.
        var metadata = SolutionMetadata.LoadFromRepository(AppContext.BaseDirectory);

        Assert.Contains(EngineColumns.Of("opportunity"), c => metadata.Table("opportunity").FindColumn(c)?.Type == ColumnType.Boolean);
    }

    private static Entity Deal(Guid owner, Guid customer, string column, object value) => new("opportunity")
    {
        ["name"] = "Stamped deal",
        ["ownerid"] = new EntityReference("systemuser", owner),
        ["customerid"] = new EntityReference("account", customer),
        ["estimatedvalue"] = new Money(500m),
        [column] = value,
    };
}
