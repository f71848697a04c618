using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Metadata;
using SalesPerf.LocalOrg.Faults;
using SalesPerf.LocalOrg.Tests.Support;

namespace SalesPerf.LocalOrg.Tests;

/// <summary>RetrieveEntity and RetrieveAttribute: the organisation's tables and columns as the SDK's metadata objects.</summary>
public class MetadataMessageTests
{
    [Fact]
    public void RetrieveEntity_AttributesFilter_AnswersTheTableWithTypedColumns()
    {
        var org = TestOrg.Create();

        var response = (RetrieveEntityResponse)org.Service.Execute(new RetrieveEntityRequest { LogicalName = "test_widget", EntityFilters = EntityFilters.Attributes });

        var table = response.EntityMetadata;
        Assert.Equal("test_widget", table.LogicalName);
        Assert.Equal("test_widgetid", table.PrimaryIdAttribute);
        Assert.Equal("test_name", table.PrimaryNameAttribute);
        Assert.Equal(AttributeTypeCode.Integer, Column(table, "test_count").AttributeType);
        Assert.IsType<IntegerAttributeMetadata>(Column(table, "test_count"));
        Assert.IsType<DecimalAttributeMetadata>(Column(table, "test_ratio"));
        Assert.Equal(AttributeTypeCode.Money, Column(table, "test_amount").AttributeType);
        Assert.Equal(AttributeTypeCode.DateTime, Column(table, "test_due").AttributeType);
        Assert.Equal(AttributeTypeCode.String, Column(table, "test_name").AttributeType);
        Assert.Equal(AttributeTypeCode.Picklist, Column(table, "test_kind").AttributeType);
        Assert.Equal(AttributeTypeCode.Uniqueidentifier, Column(table, "test_widgetid").AttributeType);
        Assert.True(Column(table, "test_widgetid").IsPrimaryId);
        var lookup = Assert.IsType<LookupAttributeMetadata>(Column(table, "test_accountid"));
        Assert.Equal(AttributeTypeCode.Lookup, lookup.AttributeType);
        Assert.Equal(["account"], lookup.Targets);
        var owner = Assert.IsType<LookupAttributeMetadata>(Column(table, "ownerid"));
        Assert.Equal(AttributeTypeCode.Owner, owner.AttributeType);
        Assert.All(table.Attributes, a => Assert.Equal("test_widget", a.EntityLogicalName));
    }

    [Fact]
    public void RetrieveEntity_EntityFilterOnly_AnswersNoColumns_GenericRequestAlike()
    {
        var org = TestOrg.Create();

        var typed = (RetrieveEntityResponse)org.Service.Execute(new RetrieveEntityRequest { LogicalName = "account", EntityFilters = EntityFilters.Entity });
        var generic = org.Service.Execute(new OrganizationRequest("RetrieveEntity") { ["LogicalName"] = "account", ["EntityFilters"] = EntityFilters.Entity, ["MetadataId"] = System.Guid.Empty, ["RetrieveAsIfPublished"] = false });

        Assert.Equal("accountid", typed.EntityMetadata.PrimaryIdAttribute);
        Assert.Null(typed.EntityMetadata.Attributes);
        var metadata = Assert.IsType<EntityMetadata>(generic.Results["EntityMetadata"]);
        Assert.Equal(typed.EntityMetadata.MetadataId, metadata.MetadataId);
    }

    [Fact]
    public void RetrieveEntity_ByMetadataId_FindsTheSameTable()
    {
        var org = TestOrg.Create();
        var first = (RetrieveEntityResponse)org.Service.Execute(new RetrieveEntityRequest { LogicalName = "contact" });

        var again = (RetrieveEntityResponse)org.Service.Execute(new RetrieveEntityRequest { MetadataId = first.EntityMetadata.MetadataId!.Value });

        Assert.Equal("contact", again.EntityMetadata.LogicalName);
    }

    [Fact]
    public void RetrieveEntity_UnknownTable_FaultsAsTheMetadataCache()
    {
        var org = TestOrg.Create();

        var fault = TestOrg.Fault(() => org.Service.Execute(new RetrieveEntityRequest { LogicalName = "new_nosuchtable", EntityFilters = EntityFilters.Attributes }));

        Assert.Equal(ErrorCodes.QueryBuilderNoEntity, fault.Detail.ErrorCode);
        Assert.Contains("'new_nosuchtable'", fault.Detail.Message);
    }

    [Fact]
    public void RetrieveEntity_NeitherNameNorId_FaultsInvalidArgument()
    {
        var org = TestOrg.Create();

        var fault = TestOrg.Fault(() => org.Service.Execute(new RetrieveEntityRequest()));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.Detail.ErrorCode);
    }

    [Fact]
    public void RetrieveAttribute_CustomerColumn_AnswersLookupWithBothTargets()
    {
        var org = TestOrg.Create();

        var response = (RetrieveAttributeResponse)org.Service.Execute(new RetrieveAttributeRequest { EntityLogicalName = "opportunity", LogicalName = "customerid" });

        var lookup = Assert.IsType<LookupAttributeMetadata>(response.AttributeMetadata);
        Assert.Equal(AttributeTypeCode.Customer, lookup.AttributeType);
        Assert.Equal(["account", "contact"], lookup.Targets.OrderBy(t => t));
        Assert.Equal("opportunity", lookup.EntityLogicalName);
        Assert.Equal("customerid", lookup.LogicalName);
    }

    [Fact]
    public void RetrieveAttribute_UnknownColumnOrTable_Faults()
    {
        var org = TestOrg.Create();

        var column = TestOrg.Fault(() => org.Service.Execute(new RetrieveAttributeRequest { EntityLogicalName = "opportunity", LogicalName = "new_score" }));
        var table = TestOrg.Fault(() => org.Service.Execute(new RetrieveAttributeRequest { EntityLogicalName = "new_survey", LogicalName = "new_score" }));

        Assert.Equal(ErrorCodes.QueryBuilderNoAttribute, column.Detail.ErrorCode);
        Assert.Contains("'new_score'", column.Detail.Message);
        Assert.Equal(ErrorCodes.QueryBuilderNoEntity, table.Detail.ErrorCode);
    }

    [Fact]
    public void MetadataAnswers_ChangedByTheCaller_DoNotChangeTheNextAnswer()
    {
        var org = TestOrg.Create();
        var first = (RetrieveAttributeResponse)org.Service.Execute(new RetrieveAttributeRequest { EntityLogicalName = "test_widget", LogicalName = "test_accountid" });
        ((LookupAttributeMetadata)first.AttributeMetadata).Targets = ["contact"];

        var second = (RetrieveAttributeResponse)org.Service.Execute(new RetrieveAttributeRequest { EntityLogicalName = "test_widget", LogicalName = "test_accountid" });

        Assert.Equal(["account"], ((LookupAttributeMetadata)second.AttributeMetadata).Targets);
    }

    private static AttributeMetadata Column(EntityMetadata table, string name) => table.Attributes.Single(a => a.LogicalName == name);
}
