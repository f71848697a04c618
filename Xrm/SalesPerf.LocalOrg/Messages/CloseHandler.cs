using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg.Faults;

namespace SalesPerf.LocalOrg.Messages;

/// <summary>
/// The close messages (section 2): WinOpportunity → "Win", LoseOpportunity → "Lose", FulfillSalesOrder,
/// CancelSalesOrder. The main operation creates the close activity (a platform-internal Create) and changes
/// the closed row. Whether the platform does that through a nested Update (whose steps then fire inside the close)
/// is NOT VERIFIED (semantics doc 10): <see cref="LocalOrganizationOptions.CloseRaisesNestedUpdate"/> chooses. Without
/// the nested Update the row is written by the same writer an Update uses (same columns, modifiedon/modifiedby, row
/// version), only no Update step runs. No images (section 1.6).
/// </summary>
internal sealed class CloseHandler : MessageHandler
{
    private readonly CloseKind _kind;
    private readonly bool _raisesNestedUpdate;

    public CloseHandler(CloseKind kind, bool raisesNestedUpdate)
    {
        _kind = kind;
        _raisesNestedUpdate = raisesNestedUpdate;
    }

    public override string RequestName => _kind.RequestName;

    public override MessageDescription Describe(ParameterCollection input)
    {
        var activity = Parameters.Required<Entity>(input, _kind.ActivityParameter);
        var closed = activity.GetAttributeValue<EntityReference>(_kind.ClosedLookup);

        // PrimaryEntityId of Win/Lose is taken from the close activity's lookup, as XrmMockup does (NOT VERIFIED).
        return new MessageDescription(_kind.MessageName, _kind.ClosedTable, closed?.Id ?? Guid.Empty, null);
    }

    public override void Execute(MessageOperation operation)
    {
        var org = operation.Org;
        var activity = Parameters.Required<Entity>(operation.Input, _kind.ActivityParameter);
        var status = Parameters.Required<OptionSetValue>(operation.Input, "Status");
        if (!string.Equals(activity.LogicalName, _kind.ActivityTable, StringComparison.OrdinalIgnoreCase))
        {
            throw OrganizationFaults.InvalidArgument($"{_kind.ActivityParameter} must be an {_kind.ActivityTable}, not {activity.LogicalName}.");
        }

        var closedRef = activity.GetAttributeValue<EntityReference>(_kind.ClosedLookup)
            ?? throw OrganizationFaults.Create(ErrorCodes.RequiredFieldMissing, $"{_kind.ActivityTable}.{_kind.ClosedLookup} is required.");
        var table = org.Metadata.Table(_kind.ClosedTable);
        var closed = org.Store.Find(table.LogicalName, closedRef.Id) ?? throw OrganizationFaults.DoesNotExist(table.LogicalName, closedRef.Id);
        if (closed.GetAttributeValue<OptionSetValue>("statecode")?.Value != 0)
        {
            throw OrganizationFaults.Create(
                ErrorCodes.InvalidStateCodeStatusCode, $"The {table.LogicalName} {closedRef.Id} is not open and cannot be closed again.");
        }

        var statusOption = table.FindColumn("statuscode")?.Options.FirstOrDefault(o => o.Value == status.Value);
        if (statusOption is null || statusOption.State != _kind.State)
        {
            throw OrganizationFaults.Create(
                ErrorCodes.InvalidStateCodeStatusCode, $"{status.Value} is not a valid status code for state code {_kind.State} on {table.LogicalName}.");
        }

        operation.ExecuteInternal(new OrganizationRequest("Create") { ["Target"] = activity });

        var closeDate = activity.GetAttributeValue<DateTime?>("actualend") ?? org.Today;
        var update = new Entity(table.LogicalName, closed.Id)
        {
            ["statecode"] = new OptionSetValue(_kind.State),
            ["statuscode"] = new OptionSetValue(status.Value),
        };
        _kind.Stamp(closed, activity, update, closeDate);
        if (_raisesNestedUpdate)
        {
            operation.ExecuteInternal(new OrganizationRequest("Update") { ["Target"] = update });
        }
        else
        {
            org.Writer.Update(update, operation.UserId, ConcurrencyBehavior.Default);
        }
    }
}
