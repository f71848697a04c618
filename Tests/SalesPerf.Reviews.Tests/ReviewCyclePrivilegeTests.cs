using System;
using System.Linq;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg;
using static SalesPerf.Reviews.Tests.Support.RoleOrg;

namespace SalesPerf.Reviews.Tests;

/// <summary>
/// spm_StartReviewCycle's ExecutePrivilegeName is prvCreatespm_review: the platform refuses callers without it before
/// the plug-in runs. SalesPerf Rep has no Create on spm_review (Solution/Roles), SalesPerf Manager has it (Deep).
/// </summary>
public sealed class ReviewCyclePrivilegeTests
{
    private const int PrivilegeDenied = -2147220960;

    [Fact]
    public void StartReviewCycle_CalledByARep_IsRefusedWithPrivilegeDeniedAndCreatesNothing()
    {
        var (org, _, rep, period) = Organisation();

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => Start(org.ServiceFor(rep), period));

        Assert.Equal(PrivilegeDenied, fault.Detail.ErrorCode);
        Assert.Contains("prvCreatespm_review", fault.Detail.Message, StringComparison.Ordinal);
        Assert.Empty(org.Rows("spm_review"));
    }

    [Fact]
    public void StartReviewCycle_CalledByTheManager_CreatesTheRepsDraftReview()
    {
        var (org, manager, rep, period) = Organisation();

        Start(org.ServiceFor(manager), period);

        var review = Assert.Single(org.Rows("spm_review"));
        Assert.Equal(rep, review.GetAttributeValue<EntityReference>("ownerid").Id);
    }

    private static (LocalOrganization Org, Guid Manager, Guid Rep, Guid Period) Organisation()
    {
        var org = new LocalOrganization();
        var east = org.CreateBusinessUnit("East");
        var manager = User(org, "Nancy Warner", east, "SalesPerf Manager");
        var rep = org.CreateUser("Carl Zhou", managerId: manager, businessUnitId: east);
        org.AssignRole(rep, "SalesPerf Rep");
        var period = Period(org);
        Scored(org, rep, period, ManualKpi(org), 95m);
        return (org, manager, rep, period);
    }

    private static void Start(IOrganizationService service, Guid period) =>
        service.Execute(new OrganizationRequest("spm_StartReviewCycle") { ["Period"] = new EntityReference("spm_period", period) });
}
