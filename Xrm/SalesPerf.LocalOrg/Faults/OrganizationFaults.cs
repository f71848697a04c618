using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.LocalOrg.Faults;

/// <summary>Builds the fault the real SDK surfaces: <see cref="FaultException{OrganizationServiceFault}"/>.</summary>
internal static class OrganizationFaults
{
    public static FaultException<OrganizationServiceFault> Create(int errorCode, string message, string? traceText = null)
    {
        var fault = new OrganizationServiceFault
        {
            ErrorCode = errorCode,
            Message = message,
            Timestamp = DateTime.UtcNow,
            TraceText = traceText,
        };
        return new FaultException<OrganizationServiceFault>(fault, new FaultReason(message));
    }

    public static FaultException<OrganizationServiceFault> DoesNotExist(string table, Guid id) =>
        Create(ErrorCodes.ObjectDoesNotExist, $"{table} With Ids = {id} Do Not Exist");

    public static FaultException<OrganizationServiceFault> UnknownTable(string table) =>
        Create(ErrorCodes.QueryBuilderNoEntity, $"The entity with a name = '{table}' with namemapping = 'Logical' was not found in the MetadataCache.");

    public static FaultException<OrganizationServiceFault> UnknownColumn(string table, string column) =>
        Create(ErrorCodes.QueryBuilderNoAttribute, $"'{table}' entity doesn't contain attribute with Name = '{column}' and NameMapping = 'Logical'.");

    public static FaultException<OrganizationServiceFault> InvalidArgument(string message) =>
        Create(ErrorCodes.InvalidArgument, message);

    /// <summary>
    /// A delete refused by a Restrict relationship. The code and the message are the documented CannotDeleteDueToAssociation
    /// (see <see cref="ErrorCodes.CannotDeleteDueToAssociation"/>); which row points at the deleted one is in the trace only.
    /// </summary>
    public static FaultException<OrganizationServiceFault> CannotDeleteDueToAssociation(string table, Guid id, string childTable, string column) =>
        Create(
            ErrorCodes.CannotDeleteDueToAssociation,
            "The object you tried to delete is associated with another object and cannot be deleted.",
            $"{table} {id} is referenced by {childTable}.{column} (relationship CascadeDelete Restrict).");

    public static FaultException<OrganizationServiceFault> AggregateLimit() =>
        Create(ErrorCodes.AggregateQueryRecordLimitExceeded, "AggregateQueryRecordLimit exceeded. Cannot perform this operation.");
}
