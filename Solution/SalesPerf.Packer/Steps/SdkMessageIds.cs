using System;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace SalesPerf.Packer.Steps;

/// <summary>
/// SDK message ids, the same in every organisation (solution-format 9.4, verified against Microsoft's documentation
/// and real exports). Win, Lose, Associate, Disassociate, FulfillSalesOrder and CancelSalesOrder are deliberately
/// absent: no public source confirms their ids, and a guessed id would make the import fail or bind the wrong message.
/// </summary>
public static class SdkMessageIds
{
    public static readonly Guid Assign = new("8cbdbb1b-ea3e-db11-86a7-000a3a5473e8");
    public static readonly Guid Create = new("9ebdbb1b-ea3e-db11-86a7-000a3a5473e8");
    public static readonly Guid Delete = new("a1bdbb1b-ea3e-db11-86a7-000a3a5473e8");
    public static readonly Guid GrantAccess = new("c5bdbb1b-ea3e-db11-86a7-000a3a5473e8");
    public static readonly Guid Merge = new("dbbdbb1b-ea3e-db11-86a7-000a3a5473e8");
    public static readonly Guid ModifyAccess = new("dcbdbb1b-ea3e-db11-86a7-000a3a5473e8");
    public static readonly Guid Retrieve = new("f2bdbb1b-ea3e-db11-86a7-000a3a5473e8");
    public static readonly Guid RetrieveMultiple = new("03bebb1b-ea3e-db11-86a7-000a3a5473e8");
    public static readonly Guid RetrievePrincipalAccess = new("04bebb1b-ea3e-db11-86a7-000a3a5473e8");
    public static readonly Guid RetrieveSharedPrincipalsAndAccess = new("10bebb1b-ea3e-db11-86a7-000a3a5473e8");
    public static readonly Guid RevokeAccess = new("11bebb1b-ea3e-db11-86a7-000a3a5473e8");
    public static readonly Guid SetState = new("1cbebb1b-ea3e-db11-86a7-000a3a5473e8");
    public static readonly Guid SetStateDynamicEntity = new("1dbebb1b-ea3e-db11-86a7-000a3a5473e8");
    public static readonly Guid Update = new("20bebb1b-ea3e-db11-86a7-000a3a5473e8");

    private static readonly FrozenDictionary<string, Guid> ByName = new Dictionary<string, Guid>(StringComparer.Ordinal)
    {
        ["Assign"] = Assign,
        ["Create"] = Create,
        ["Delete"] = Delete,
        ["GrantAccess"] = GrantAccess,
        ["Merge"] = Merge,
        ["ModifyAccess"] = ModifyAccess,
        ["Retrieve"] = Retrieve,
        ["RetrieveMultiple"] = RetrieveMultiple,
        ["RetrievePrincipalAccess"] = RetrievePrincipalAccess,
        ["RetrieveSharedPrincipalsAndAccess"] = RetrieveSharedPrincipalsAndAccess,
        ["RevokeAccess"] = RevokeAccess,
        ["SetState"] = SetState,
        ["SetStateDynamicEntity"] = SetStateDynamicEntity,
        ["Update"] = Update,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static bool TryGet(string messageName, out Guid id) => ByName.TryGetValue(messageName, out id);

    /// <summary>The message name of a known id, or null.</summary>
    public static string? NameOf(Guid id)
    {
        foreach (var (name, value) in ByName)
        {
            if (value == id)
            {
                return name;
            }
        }

        return null;
    }
}
