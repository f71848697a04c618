using System;
using System.Collections.Generic;
using SalesPerf.Scenarios.Model;

namespace SalesPerf.Scenarios.Running;

/// <summary>
/// Gives each user the security roles the file names (<c>users[].roles</c>), as the administrator. A user listed
/// without roles is given System Administrator (a real systemuserroles row: the local organisation denies a user with
/// no role everything); a role name the organisation does not know fails the setup (step 0) with a message naming the
/// user and the role.
/// </summary>
internal static class ScenarioRoles
{
    public static void Assign(IScenarioOrganization org, RowKeys keys, IEnumerable<UserSpec> users)
    {
        foreach (var user in users)
        {
            if (user.Roles.Count == 0)
            {
                org.AssignSystemAdministrator(keys.Row(user.Key).Id);
            }

            foreach (var role in user.Roles)
            {
                try
                {
                    org.AssignRole(keys.Row(user.Key).Id, role);
                }
                catch (ArgumentException exception)
                {
                    throw new InvalidOperationException($"user '{user.Key}': {exception.Message}", exception);
                }
            }
        }
    }
}
