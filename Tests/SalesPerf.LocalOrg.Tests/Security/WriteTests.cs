using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Faults;
using SalesPerf.LocalOrg.Tests.Support;
using SalesPerf.SolutionModel.Roles;

namespace SalesPerf.LocalOrg.Tests.Security;

/// <summary>Create, Update, Delete, Assign and SetState need the matching privilege at a depth that reaches the row; a refusal changes nothing.</summary>
public sealed class WriteTests
{
    private static readonly PrivilegeVerb[] Everything = Enum.GetValues<PrivilegeVerb>();

    [Fact]
    public void Create_BasicCreate_OwnRowIsCreated()
    {
        var org = SecureOrg.WithAnnHolding(SecureOrg.Role("Own", PrivilegeDepth.Basic, Everything));

        org.As(org.Ann).Create(new Entity(SecureOrg.Table) { ["test_name"] = "mine" });

        Assert.Equal(["mine"], SecureOrg.Names(org.Org.Service));
    }

    [Fact]
    public void Create_BasicCreateForSomeoneElse_FaultsAndStoresNothing()
    {
        var org = SecureOrg.WithAnnHolding(SecureOrg.Role("Own", PrivilegeDepth.Basic, Everything));

        var fault = TestOrg.Fault(() => org.As(org.Ann).Create(new Entity(SecureOrg.Table)
        {
            ["test_name"] = "for ben",
            ["ownerid"] = new EntityReference("systemuser", org.Ben),
        }));

        Assert.Equal(ErrorCodes.PrivilegeDenied, fault.Detail.ErrorCode);
        Assert.Contains("does not have CreateAccess right(s)", fault.Detail.Message, StringComparison.Ordinal);
        Assert.Empty(SecureOrg.Names(org.Org.Service));
    }

    [Fact]
    public void Create_LocalCreateForAColleague_IsCreated()
    {
        var org = SecureOrg.WithAnnHolding(SecureOrg.Role("Unit", PrivilegeDepth.Local, Everything));

        org.As(org.Ann).Create(new Entity(SecureOrg.Table) { ["test_name"] = "for ben", ["ownerid"] = new EntityReference("systemuser", org.Ben) });

        Assert.Equal(["for ben"], SecureOrg.Names(org.Org.Service));
    }

    [Fact]
    public void Create_WithoutCreatePrivilege_FaultsMissingPrivilege()
    {
        var org = SecureOrg.WithAnnHolding(SecureOrg.Role("Reader", PrivilegeDepth.Global, PrivilegeVerb.Read));

        var fault = TestOrg.Fault(() => org.As(org.Ann).Create(new Entity(SecureOrg.Table) { ["test_name"] = "mine" }));

        Assert.Contains("is missing prvCreatetest_widget privilege", fault.Detail.Message, StringComparison.Ordinal);
        Assert.Empty(SecureOrg.Names(org.Org.Service));
    }

    [Fact]
    public void Update_LocalWrite_ChangesTheUnitsRowButNotAChildUnitsRow()
    {
        var org = SecureOrg.WithAnnHolding(SecureOrg.Role("Unit", PrivilegeDepth.Local, PrivilegeVerb.Read, PrivilegeVerb.Write));
        var bens = org.Widget("ben", org.Ben);
        var cids = org.Widget("cid", org.Cid);

        org.As(org.Ann).Update(new Entity(SecureOrg.Table, bens) { ["test_count"] = 7 });
        var fault = TestOrg.Fault(() => org.As(org.Ann).Update(new Entity(SecureOrg.Table, cids) { ["test_count"] = 7 }));

        Assert.Equal(7, Count(org, bens));
        Assert.Equal(ErrorCodes.PrivilegeDenied, fault.Detail.ErrorCode);
        Assert.Contains($"does not have WriteAccess right(s) for record with id {cids}", fault.Detail.Message, StringComparison.Ordinal);
        Assert.Equal(1, Count(org, cids));
    }

    [Fact]
    public void Update_ChangingTheOwner_NeedsAssign()
    {
        var org = SecureOrg.WithAnnHolding(SecureOrg.Role("Writer", PrivilegeDepth.Global, PrivilegeVerb.Read, PrivilegeVerb.Write));
        var anns = org.Widget("ann", org.Ann);

        var fault = TestOrg.Fault(() => org.As(org.Ann).Update(new Entity(SecureOrg.Table, anns) { ["ownerid"] = new EntityReference("systemuser", org.Ben) }));

        Assert.Contains("is missing prvAssigntest_widget privilege", fault.Detail.Message, StringComparison.Ordinal);
        Assert.Equal(org.Ann, Owner(org, anns));
    }

    [Fact]
    public void Update_ChangingTheOwnerBeyondTheAssignDepth_FaultsNoAssignAccess()
    {
        var org = SecureOrg.WithAnnHolding(SecureOrg.Role("Own", PrivilegeDepth.Basic, PrivilegeVerb.Read, PrivilegeVerb.Assign)
            with { Tables = new System.Collections.Generic.Dictionary<string, System.Collections.Generic.IReadOnlyDictionary<PrivilegeVerb, PrivilegeDepth>>
            {
                [SecureOrg.Table] = new System.Collections.Generic.Dictionary<PrivilegeVerb, PrivilegeDepth> { [PrivilegeVerb.Write] = PrivilegeDepth.Global, [PrivilegeVerb.Assign] = PrivilegeDepth.Basic },
            } });
        var bens = org.Widget("ben", org.Ben);

        var fault = TestOrg.Fault(() => org.As(org.Ann).Update(new Entity(SecureOrg.Table, bens) { ["ownerid"] = new EntityReference("systemuser", org.Ann) }));

        Assert.Contains($"does not have AssignAccess right(s) for record with id {bens}", fault.Detail.Message, StringComparison.Ordinal);
        Assert.Equal(org.Ben, Owner(org, bens));
    }

    [Fact]
    public void Delete_DeepDelete_RemovesAChildUnitsRowButNotASiblingUnitsRow()
    {
        var org = SecureOrg.WithAnnHolding(SecureOrg.Role("Tree", PrivilegeDepth.Deep, PrivilegeVerb.Read, PrivilegeVerb.Delete));
        var cids = org.Widget("cid", org.Cid);
        var dees = org.Widget("dee", org.Dee);

        org.As(org.Ann).Delete(SecureOrg.Table, cids);
        var fault = TestOrg.Fault(() => org.As(org.Ann).Delete(SecureOrg.Table, dees));

        Assert.Contains("does not have DeleteAccess right(s)", fault.Detail.Message, StringComparison.Ordinal);
        Assert.Equal(["dee"], SecureOrg.Names(org.Org.Service));
    }

    [Fact]
    public void Assign_WithoutAssignPrivilege_FaultsAndKeepsTheOwner()
    {
        var org = SecureOrg.WithAnnHolding(SecureOrg.Role("Writer", PrivilegeDepth.Basic, PrivilegeVerb.Read, PrivilegeVerb.Write));
        var anns = org.Widget("ann", org.Ann);

        var fault = TestOrg.Fault(() => org.As(org.Ann).Execute(Assign(anns, org.Ben)));

        Assert.Contains("is missing prvAssigntest_widget privilege", fault.Detail.Message, StringComparison.Ordinal);
        Assert.Equal(org.Ann, Owner(org, anns));
    }

    [Fact]
    public void Assign_BasicAssignOfOwnRow_HandsItOver()
    {
        var org = SecureOrg.WithAnnHolding(SecureOrg.Role("Own", PrivilegeDepth.Basic, PrivilegeVerb.Read, PrivilegeVerb.Write, PrivilegeVerb.Assign));
        var anns = org.Widget("ann", org.Ann);

        org.As(org.Ann).Execute(Assign(anns, org.Ben));

        Assert.Equal(org.Ben, Owner(org, anns));
    }

    [Fact]
    public void SetState_WithoutWriteOnTheRow_FaultsAndKeepsTheState()
    {
        var org = SecureOrg.WithAnnHolding(SecureOrg.Role("Own", PrivilegeDepth.Basic, PrivilegeVerb.Read, PrivilegeVerb.Write));
        var bens = org.Widget("ben", org.Ben);
        var anns = org.Widget("ann", org.Ann);

        org.As(org.Ann).Execute(SetState(anns));
        var fault = TestOrg.Fault(() => org.As(org.Ann).Execute(SetState(bens)));

        Assert.Contains("does not have WriteAccess right(s)", fault.Detail.Message, StringComparison.Ordinal);
        Assert.Equal(1, State(org, anns));
        Assert.Equal(0, State(org, bens));
    }

    private static OrganizationRequest SetState(Guid id) => new("SetState")
    {
        ["EntityMoniker"] = new EntityReference(SecureOrg.Table, id),
        ["State"] = new OptionSetValue(1),
        ["Status"] = new OptionSetValue(2),
    };

    private static OrganizationRequest Assign(Guid id, Guid assignee) => new("Assign")
    {
        ["Target"] = new EntityReference(SecureOrg.Table, id),
        ["Assignee"] = new EntityReference("systemuser", assignee),
    };

    private static Entity Stored(SecureOrg org, Guid id) => org.Org.Service.Retrieve(SecureOrg.Table, id, new ColumnSet(true));

    private static int Count(SecureOrg org, Guid id) => Stored(org, id).GetAttributeValue<int>("test_count");

    private static Guid Owner(SecureOrg org, Guid id) => Stored(org, id).GetAttributeValue<EntityReference>("ownerid").Id;

    private static int State(SecureOrg org, Guid id) => Stored(org, id).GetAttributeValue<OptionSetValue>("statecode").Value;
}
