using System.Reflection;

namespace SalesPerf.SdkConformance.Surface;

/// <summary>The listing's modifier words for a method or accessor: <c>static</c>, <c>virtual</c>, <c>override</c>, <c>sealed override</c>, <c>abstract</c>.</summary>
public static class MethodModifiers
{
    /// <summary>The modifiers with a trailing space, or empty. Interface members have none.</summary>
    public static string For(MethodAttributes attributes, bool declaredInInterface)
    {
        if (declaredInInterface)
        {
            return string.Empty;
        }

        if ((attributes & MethodAttributes.Static) != 0)
        {
            return "static ";
        }

        if ((attributes & MethodAttributes.Abstract) != 0)
        {
            return "abstract ";
        }

        if ((attributes & MethodAttributes.Virtual) == 0)
        {
            return string.Empty;
        }

        var newSlot = (attributes & MethodAttributes.NewSlot) != 0;
        var final = (attributes & MethodAttributes.Final) != 0;
        return (newSlot, final) switch
        {
            (true, true) => string.Empty,
            (true, false) => "virtual ",
            (false, true) => "sealed override ",
            (false, false) => "override ",
        };
    }
}
