using SalesPerf.LocalOrg.Faults;

namespace SalesPerf.LocalOrg.Messages;

/// <summary>
/// The states only a close message may set (section 10): an Update or SetState from a caller that moves an opportunity
/// to Won (1) or Lost (2), or a sales order to Canceled (2) or Fulfilled (3), is refused with the platform's message
/// naming the request to use. The platform's own follow-up Update of Win, Lose, FulfillSalesOrder and CancelSalesOrder
/// is platform-internal and passes.
/// </summary>
internal static class CloseOnlyStates
{
    public static void Refuse(MessageOperation operation, string table, int state)
    {
        if (!operation.Origin.IsPlatformInternal && Message(table, state) is { } message)
        {
            throw OrganizationFaults.Create(ErrorCodes.StateNeedsCloseMessage, message);
        }
    }

    /// <summary>
    /// Lost and Fulfilled: the texts real organisations returned (Colso.Xrm.DataTransporter issues #23, CRM 8.1, and #20,
    /// online v9), spelling included. Won and Canceled: the same sentences with that state and request, NOT VERIFIED.
    /// </summary>
    private static string? Message(string table, int state) => (table, state) switch
    {
        ("opportunity", 1) => "This message can not be used to set the state of opportunity to Won. In order to set the state of opportunity to Won, use the WinOpportunityRequest message instead.",
        ("opportunity", 2) => "This message can not be used to set the state of opportunity to Lost. In order to set the state of opportunity to Lost, use the LostOpportunityRequest message instead.",
        ("salesorder", 2) => "This message can not be used to set the state of SalesOrder to Canceled. In order to set state of SalesOrder, use the CancelSalesOrder Request. Request message instead.",
        ("salesorder", 3) => "This message can not be used to set the state of SalesOrder to Fullfilled. In order to set state of SalesOrder, use the FullfillSalesOrder Request. Request message instead.",
        _ => null,
    };
}
