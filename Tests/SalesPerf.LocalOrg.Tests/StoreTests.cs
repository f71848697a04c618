using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Faults;
using SalesPerf.LocalOrg.Security;
using SalesPerf.LocalOrg.Tests.Support;

namespace SalesPerf.LocalOrg.Tests;

public class StoreTests
{
    [Fact]
    public void Create_CallerEntity_IsNeverMutated()
    {
        var org = TestOrg.Create();
        var entity = new Entity("account") { ["name"] = "Acme" };

        org.Service.Create(entity);

        Assert.Equal(Guid.Empty, entity.Id);
        Assert.Single(entity.Attributes);
    }

    [Fact]
    public void Retrieve_ReturnedEntity_IsACopy()
    {
        var org = TestOrg.Create();
        var id = org.Account();
        var first = org.Service.Retrieve("account", id, new ColumnSet(true));

        first["name"] = "changed";
        ((EntityReference)first["ownerid"]).Id = Guid.NewGuid();

        var second = org.Service.Retrieve("account", id, new ColumnSet(true));
        Assert.Equal("Acme", second["name"]);
        Assert.Equal(org.AdministratorId, second.GetAttributeValue<EntityReference>("ownerid").Id);
    }

    [Fact]
    public void Update_NullValue_RemovesColumn()
    {
        var org = TestOrg.Create();
        var id = org.Service.Create(new Entity("account") { ["name"] = "Acme", ["accountnumber"] = "A1" });

        org.Service.Update(new Entity("account", id) { ["accountnumber"] = null });

        var row = org.Service.Retrieve("account", id, new ColumnSet(true));
        Assert.False(row.Contains("accountnumber"));
    }

    [Fact]
    public void Create_UnknownColumn_FaultsWithQueryBuilderNoAttribute()
    {
        var org = TestOrg.Create();
        var fault = TestOrg.Fault(() => org.Service.Create(new Entity("account") { ["nosuchcolumn"] = "x" }));
        Assert.Equal(ErrorCodes.QueryBuilderNoAttribute, fault.Detail.ErrorCode);
    }

    [Fact]
    public void Create_UnknownTable_FaultsWithQueryBuilderNoEntity()
    {
        var org = TestOrg.Create();
        var fault = TestOrg.Fault(() => org.Service.Create(new Entity("nosuchtable") { ["name"] = "x" }));
        Assert.Equal(ErrorCodes.QueryBuilderNoEntity, fault.Detail.ErrorCode);
    }

    [Fact]
    public void Create_WrongValueType_FaultsWithInvalidArgument()
    {
        var org = TestOrg.Create();
        var fault = TestOrg.Fault(() => org.Service.Create(new Entity("test_widget") { ["test_kind"] = 100000000 }));
        Assert.Equal(ErrorCodes.InvalidArgument, fault.Detail.ErrorCode);
    }

    [Fact]
    public void Create_StringLongerThanMaxLength_Faults()
    {
        var org = TestOrg.Create();
        var fault = TestOrg.Fault(() => org.Service.Create(new Entity("test_widget") { ["test_name"] = new string('x', 21) }));
        Assert.Equal(ErrorCodes.InvalidArgument, fault.Detail.ErrorCode);
    }

    [Theory]
    [InlineData(-1)] // below MinValue 0
    [InlineData(101)] // above MaxValue 100
    public void Create_WholeNumberOutOfRange_Faults(int value)
    {
        var org = TestOrg.Create();
        var fault = TestOrg.Fault(() => org.Service.Create(new Entity("test_widget") { ["test_count"] = value }));
        Assert.Equal(ErrorCodes.InvalidArgument, fault.Detail.ErrorCode);
    }

    [Fact]
    public void Create_DecimalOutOfRange_Faults()
    {
        var org = TestOrg.Create();
        var fault = TestOrg.Fault(() => org.Service.Create(new Entity("test_widget") { ["test_ratio"] = 1000.01m }));
        Assert.Equal(ErrorCodes.InvalidArgument, fault.Detail.ErrorCode);
    }

    [Fact]
    public void Create_ChoiceValueNotInOptionSet_Faults()
    {
        var org = TestOrg.Create();
        var fault = TestOrg.Fault(() => org.Service.Create(new Entity("test_widget") { ["test_kind"] = new OptionSetValue(7) }));
        Assert.Equal(ErrorCodes.InvalidArgument, fault.Detail.ErrorCode);
    }

    [Fact]
    public void Create_LookupToMissingRow_FaultsWithObjectDoesNotExist()
    {
        var org = TestOrg.Create();
        var fault = TestOrg.Fault(() => org.Service.Create(new Entity("test_widget") { ["test_accountid"] = new EntityReference("account", Guid.NewGuid()) }));
        Assert.Equal(ErrorCodes.ObjectDoesNotExist, fault.Detail.ErrorCode);
    }

    [Fact]
    public void Create_LookupToWrongTable_FaultsWithInvalidArgument()
    {
        var org = TestOrg.Create();
        var fault = TestOrg.Fault(() => org.Service.Create(new Entity("test_widget") { ["test_accountid"] = new EntityReference("systemuser", org.AdministratorId) }));
        Assert.Equal(ErrorCodes.InvalidArgument, fault.Detail.ErrorCode);
    }

    [Fact]
    public void Create_SystemColumns_AreMaintainedFromClockAndCaller()
    {
        var org = TestOrg.Create();
        var alice = org.CreateUser("Alice");
        org.AssignRole(alice, BuiltInRole.SystemAdministrator.TemplateId);
        var id = org.ServiceFor(alice).Create(new Entity("test_widget") { ["test_name"] = "w" });
        org.Clock.Advance(TimeSpan.FromHours(1));
        org.Service.Update(new Entity("test_widget", id) { ["test_count"] = 3 });

        var row = org.Service.Retrieve("test_widget", id, new ColumnSet(true));
        Assert.Equal(new DateTime(2026, 3, 31, 12, 0, 0, DateTimeKind.Utc), row["createdon"]);
        Assert.Equal(new DateTime(2026, 3, 31, 13, 0, 0, DateTimeKind.Utc), row["modifiedon"]);
        Assert.Equal(alice, row.GetAttributeValue<EntityReference>("createdby").Id);
        Assert.Equal(org.AdministratorId, row.GetAttributeValue<EntityReference>("modifiedby").Id);
        Assert.Equal(alice, row.GetAttributeValue<EntityReference>("ownerid").Id);
        Assert.Equal(alice, row.GetAttributeValue<EntityReference>("owninguser").Id);
        Assert.Equal(org.RootBusinessUnitId, row.GetAttributeValue<EntityReference>("owningbusinessunit").Id);
        Assert.Equal(0, row.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Equal(1, row.GetAttributeValue<OptionSetValue>("statuscode").Value);
    }

    [Fact]
    public void Update_VersionNumber_IncreasesAndIsTheRowVersion()
    {
        var org = TestOrg.Create();
        var id = org.Account();
        var before = org.Service.Retrieve("account", id, new ColumnSet("versionnumber"));
        org.Service.Update(new Entity("account", id) { ["name"] = "B" });
        var after = org.Service.Retrieve("account", id, new ColumnSet("versionnumber"));

        Assert.True(after.GetAttributeValue<long>("versionnumber") > before.GetAttributeValue<long>("versionnumber"));
        Assert.Equal(after.GetAttributeValue<long>("versionnumber").ToString(System.Globalization.CultureInfo.InvariantCulture), after.RowVersion);
    }

    [Fact]
    public void Update_StaleRowVersionWithIfRowVersionMatches_FaultsWithConcurrencyVersionMismatch()
    {
        var org = TestOrg.Create();
        var id = org.Account();
        var stale = org.Service.Retrieve("account", id, new ColumnSet("name"));
        org.Service.Update(new Entity("account", id) { ["name"] = "B" });

        var update = new Entity("account", id) { ["name"] = "C", RowVersion = stale.RowVersion };
        var fault = TestOrg.Fault(() => org.Service.Execute(new UpdateRequest { Target = update, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches }));

        Assert.Equal(ErrorCodes.ConcurrencyVersionMismatch, fault.Detail.ErrorCode);
        Assert.Equal("B", org.Service.Retrieve("account", id, new ColumnSet("name"))["name"]);
    }

    [Fact]
    public void Delete_CurrentRowVersionWithIfRowVersionMatches_Deletes()
    {
        var org = TestOrg.Create();
        var id = org.Account();
        var current = org.Service.Retrieve("account", id, new ColumnSet("name"));

        org.Service.Execute(new DeleteRequest
        {
            Target = new EntityReference("account", id) { RowVersion = current.RowVersion },
            ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches,
        });

        Assert.Equal(ErrorCodes.ObjectDoesNotExist, TestOrg.Fault(() => org.Service.Retrieve("account", id, new ColumnSet(false))).Detail.ErrorCode);
    }

    [Fact]
    public void Create_MoneyInOtherCurrency_SetsExchangeRateAndBase()
    {
        var org = TestOrg.Create();
        var usd = org.CreateCurrency("USD", 0.1381m);

        var id = org.Service.Create(new Entity("test_widget")
        {
            ["test_amount"] = new Money(1000m),
            ["transactioncurrencyid"] = new EntityReference("transactioncurrency", usd),
        });

        var row = org.Service.Retrieve("test_widget", id, new ColumnSet("exchangerate", "test_amount_base"));
        Assert.Equal(0.1381m, row["exchangerate"]);
        Assert.Equal(Math.Round(1000m / 0.1381m, 2, MidpointRounding.AwayFromZero), row.GetAttributeValue<Money>("test_amount_base").Value);
    }

    [Fact]
    public void Create_NoCurrency_DefaultsToBaseCurrency()
    {
        var org = TestOrg.Create();
        var id = org.Service.Create(new Entity("test_widget") { ["test_amount"] = new Money(12.345m) });

        var row = org.Service.Retrieve("test_widget", id, new ColumnSet(true));
        Assert.Equal(org.BaseCurrencyId, row.GetAttributeValue<EntityReference>("transactioncurrencyid").Id);
        Assert.Equal(1m, row["exchangerate"]);
        Assert.Equal(12.35m, row.GetAttributeValue<Money>("test_amount").Value); // rounded to the currency precision, away from zero
        Assert.Equal(12.35m, row.GetAttributeValue<Money>("test_amount_base").Value);
    }

    [Fact]
    public void Retrieve_Lookup_HasNameFilled()
    {
        var org = TestOrg.Create();
        var account = org.Account("Contoso");
        var id = org.Service.Create(new Entity("test_widget") { ["test_accountid"] = new EntityReference("account", account) });

        var row = org.Service.Retrieve("test_widget", id, new ColumnSet("test_accountid", "ownerid"));
        Assert.Equal("Contoso", row.GetAttributeValue<EntityReference>("test_accountid").Name);
        Assert.Equal("Administrator", row.GetAttributeValue<EntityReference>("ownerid").Name);
    }

    [Fact]
    public void Retrieve_ColumnSet_ReturnsOnlyRequestedColumnsAndId()
    {
        var org = TestOrg.Create();
        var id = org.Service.Create(new Entity("account") { ["name"] = "Acme", ["accountnumber"] = "A1" });

        var row = org.Service.Retrieve("account", id, new ColumnSet("name"));
        Assert.Equal(new[] { "accountid", "name" }, System.Linq.Enumerable.OrderBy(row.Attributes.Keys, k => k, StringComparer.Ordinal));
    }

    [Fact]
    public void Create_DateOnlyColumn_StoresMidnight()
    {
        var org = TestOrg.Create();
        var id = org.Service.Create(new Entity("test_widget") { ["test_due"] = new DateTime(2026, 2, 10, 15, 30, 0, DateTimeKind.Utc) });
        Assert.Equal(new DateTime(2026, 2, 10, 0, 0, 0, DateTimeKind.Utc), org.Service.Retrieve("test_widget", id, new ColumnSet("test_due"))["test_due"]);
    }

    [Fact]
    public void Create_DuplicateId_FaultsWithDuplicateRecord()
    {
        var org = TestOrg.Create();
        var id = Guid.NewGuid();
        org.Service.Create(new Entity("account", id) { ["name"] = "A" });
        Assert.Equal(ErrorCodes.DuplicateRecord, TestOrg.Fault(() => org.Service.Create(new Entity("account", id) { ["name"] = "B" })).Detail.ErrorCode);
    }

    [Fact]
    public void Update_MissingRow_FaultsWithObjectDoesNotExist()
    {
        var org = TestOrg.Create();
        Assert.Equal(ErrorCodes.ObjectDoesNotExist, TestOrg.Fault(() => org.Service.Update(new Entity("account", Guid.NewGuid()) { ["name"] = "x" })).Detail.ErrorCode);
    }

    [Fact]
    public void Update_StatusOfAnotherState_FaultsWithInvalidStateCodeStatusCode()
    {
        var org = TestOrg.Create();
        var id = org.Service.Create(new Entity("test_widget") { ["test_name"] = "w" });
        var fault = TestOrg.Fault(() => org.Service.Update(new Entity("test_widget", id) { ["statuscode"] = new OptionSetValue(2) }));
        Assert.Equal(ErrorCodes.InvalidStateCodeStatusCode, fault.Detail.ErrorCode);
    }

    [Fact]
    public void Delete_Account_RemovesLinksToIt()
    {
        var org = TestOrg.Create();
        var account = org.Account();
        var widget = org.Service.Create(new Entity("test_widget") { ["test_accountid"] = new EntityReference("account", account) });

        org.Service.Delete("account", account);

        Assert.False(org.Service.Retrieve("test_widget", widget, new ColumnSet(true)).Contains("test_accountid"));
    }
}
