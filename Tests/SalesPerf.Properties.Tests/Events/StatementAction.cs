using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Properties.Tests.Support;

namespace SalesPerf.Properties.Tests.Events;

/// <summary>
/// <see cref="By"/> acts on <see cref="Rep"/>'s statement of <see cref="Quarter"/> (nothing when there is none yet; a
/// Delete or Move only of a statement that is no longer Open, where the rules forbid it).
/// </summary>
public sealed record StatementAction(StatementActionKind Kind, string Rep, string Quarter, string By) : SalesEvent
{
    public const string StatementsChain = "statements";

    public override string Chain => StatementsChain;

    public override void Apply(SalesWorld world)
    {
        if (world.Statement(Rep, Quarter) is not Entity statement)
        {
            return;
        }

        var open = statement.GetAttributeValue<OptionSetValue>("statuscode").Value == SalesWorld.OpenStatus;
        var service = world.ServiceFor(By);
        switch (Kind)
        {
            case StatementActionKind.Approve:
                service.Update(new Entity(statement.LogicalName, statement.Id) { ["statuscode"] = new OptionSetValue(SalesWorld.ApprovedStatus) });
                break;
            case StatementActionKind.Dispute:
                service.Update(new Entity(statement.LogicalName, statement.Id) { ["statuscode"] = new OptionSetValue(SalesWorld.DisputedStatus) });
                break;
            case StatementActionKind.Reopen:
                service.Update(new Entity(statement.LogicalName, statement.Id) { ["statuscode"] = new OptionSetValue(SalesWorld.OpenStatus) });
                break;
            case StatementActionKind.Pay:
                service.Execute(new OrganizationRequest("SetState")
                {
                    ["EntityMoniker"] = statement.ToEntityReference(),
                    ["State"] = new OptionSetValue(1),
                    ["Status"] = new OptionSetValue(SalesWorld.PaidStatus),
                });
                break;
            case StatementActionKind.Delete when !open:
                service.Delete(statement.LogicalName, statement.Id);
                break;
            case StatementActionKind.Move when !open:
                var other = Cast.Quarters.Single(q => q.Code != Quarter).Code;
                service.Update(new Entity(statement.LogicalName, statement.Id) { ["spm_periodid"] = new EntityReference("spm_period", world.PeriodId(other)) });
                break;
            default:
                break;
        }
    }

    public override string ToString() => $"{By}: {Kind} {Rep}'s {Quarter} statement";
}
