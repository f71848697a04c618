using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg.Faults;

namespace SalesPerf.LocalOrg.Messages;

/// <summary>Reads request parameters by their SDK names (section 2), faulting like the platform when one is missing.</summary>
internal static class Parameters
{
    public static T Required<T>(ParameterCollection input, string name) =>
        input.TryGetValue(name, out var value) && value is T typed
            ? typed
            : throw OrganizationFaults.Create(ErrorCodes.RequiredFieldMissing, $"Required parameter '{name}' ({typeof(T).Name}) is missing or has the wrong type.");

    /// <summary>A row reference by id; alternate keys are loudly unsupported.</summary>
    public static EntityReference RowReference(ParameterCollection input, string name)
    {
        var reference = Required<EntityReference>(input, name);
        if (reference.Id == System.Guid.Empty && reference.KeyAttributes.Count > 0)
        {
            throw new System.NotSupportedException("Addressing a row by alternate key is not supported by the local organisation.");
        }

        return reference;
    }

    public static ConcurrencyBehavior Concurrency(ParameterCollection input) =>
        input.TryGetValue("ConcurrencyBehavior", out var value) switch
        {
            true when value is ConcurrencyBehavior behavior => behavior,
            true when value is int number => (ConcurrencyBehavior)number,
            _ => ConcurrencyBehavior.Default,
        };
}
