using System;
using System.Collections.Generic;

namespace SalesPerf.LocalOrg.Security;

/// <summary>
/// A role every organisation has, known by its <c>roletemplateid</c> (constant in all environments, section 10), named
/// in the organisation's base language: a 2052 organisation calls System Administrator 系统管理员.
/// </summary>
public sealed record BuiltInRole(Guid TemplateId, string EnglishName, string ChineseName)
{
    /// <summary>Every privilege, Global.</summary>
    public static BuiltInRole SystemAdministrator { get; } = new(new Guid("627090FF-40A3-4053-8790-584EDC5BE201"), "System Administrator", "系统管理员");

    /// <summary>Every privilege on the custom tables, Global (the local organisation's model; its other grants are not modelled).</summary>
    public static BuiltInRole SystemCustomizer { get; } = new(new Guid("119F245C-3CC8-4b62-B31C-D1A046CED15D"), "System Customizer", "系统定制员");

    public static IReadOnlyList<BuiltInRole> All { get; } = [SystemAdministrator, SystemCustomizer];

    /// <summary>The role's name in an organisation of base language <paramref name="languageCode"/> (2052 Chinese, otherwise English).</summary>
    public string NameIn(int languageCode) => languageCode == 2052 ? ChineseName : EnglishName;
}
