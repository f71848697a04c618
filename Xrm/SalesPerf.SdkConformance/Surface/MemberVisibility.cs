using System.Reflection;

namespace SalesPerf.SdkConformance.Surface;

/// <summary>Which members and types are part of the visible surface, and the visibility word the listing writes for them.</summary>
public static class MemberVisibility
{
    /// <summary>Public, protected or protected internal: callable from another assembly.</summary>
    public static bool IsVisible(MethodAttributes attributes) => (attributes & MethodAttributes.MemberAccessMask) switch
    {
        MethodAttributes.Public or MethodAttributes.Family or MethodAttributes.FamORAssem => true,
        _ => false,
    };

    /// <summary>Public, protected or protected internal field.</summary>
    public static bool IsVisible(FieldAttributes attributes) => (attributes & FieldAttributes.FieldAccessMask) switch
    {
        FieldAttributes.Public or FieldAttributes.Family or FieldAttributes.FamORAssem => true,
        _ => false,
    };

    /// <summary>The listing's visibility prefix: empty for public, <c>protected </c> or <c>protected internal </c>.</summary>
    public static string Prefix(MethodAttributes attributes) => (attributes & MethodAttributes.MemberAccessMask) switch
    {
        MethodAttributes.Family => "protected ",
        MethodAttributes.FamORAssem => "protected internal ",
        _ => string.Empty,
    };

    /// <summary>The listing's visibility prefix for a field.</summary>
    public static string Prefix(FieldAttributes attributes) => (attributes & FieldAttributes.FieldAccessMask) switch
    {
        FieldAttributes.Family => "protected ",
        FieldAttributes.FamORAssem => "protected internal ",
        _ => string.Empty,
    };

    /// <summary>A rank for comparing accessor visibility: public 3, protected internal 2, protected 1, otherwise 0.</summary>
    public static int Rank(MethodAttributes attributes) => (attributes & MethodAttributes.MemberAccessMask) switch
    {
        MethodAttributes.Public => 3,
        MethodAttributes.FamORAssem => 2,
        MethodAttributes.Family => 1,
        _ => 0,
    };

    /// <summary>True for a visible top-level type, or a nested public/protected/protected internal type.</summary>
    public static bool IsVisibleOwnVisibility(TypeAttributes attributes) => (attributes & TypeAttributes.VisibilityMask) switch
    {
        TypeAttributes.Public or TypeAttributes.NestedPublic or TypeAttributes.NestedFamily or TypeAttributes.NestedFamORAssem => true,
        _ => false,
    };
}
