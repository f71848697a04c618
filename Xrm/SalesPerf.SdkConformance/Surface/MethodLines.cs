using System;
using System.Collections.Generic;
using System.Reflection;
using System.Reflection.Metadata;

namespace SalesPerf.SdkConformance.Surface;

/// <summary>
/// Visible constructors (<c>ctor[ protected](params)</c>) and methods
/// (<c>method [protected ][static ][virtual |override |sealed override |abstract ][operator ]Ret Name&lt;T&gt;(params)[ where …]</c>);
/// for a delegate only <c>delegate Ret Invoke(params)</c>.
/// </summary>
public static class MethodLines
{
    /// <summary>The constructor, method or delegate facts of a type; accessors are left to properties and events.</summary>
    public static IEnumerable<string> Of(TypeContext type, ISet<MethodDefinitionHandle> accessors)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(accessors);
        var reader = type.Reader;
        foreach (var handle in type.Definition.GetMethods())
        {
            var method = reader.GetMethodDefinition(handle);
            var name = reader.GetString(method.Name);
            if (!MemberVisibility.IsVisible(method.Attributes) || accessors.Contains(handle) || name == ".cctor" || name.StartsWith('<'))
            {
                continue;
            }

            if (type.Kind == "delegate")
            {
                if (name == "Invoke")
                {
                    yield return "delegate " + Signature(type, method, "Invoke", string.Empty);
                }

                continue;
            }

            if (name == ".ctor")
            {
                var visibility = MemberVisibility.Prefix(method.Attributes).TrimEnd();
                yield return "ctor" + (visibility.Length == 0 ? string.Empty : " " + visibility) + Parameters(type, method);
                continue;
            }

            var modifiers = MemberVisibility.Prefix(method.Attributes) + MethodModifiers.For(method.Attributes, type.IsInterface);
            if ((method.Attributes & MethodAttributes.SpecialName) != 0 && name.StartsWith("op_", StringComparison.Ordinal))
            {
                modifiers += "operator ";
            }

            yield return "method " + modifiers + Signature(type, method, name, GenericParameterText.List(reader, method.GetGenericParameters(), 0));
        }
    }

    private static string Signature(TypeContext type, MethodDefinition method, string name, string genericList)
    {
        var names = NamesFor(type, method);
        var signature = method.DecodeSignature(ListingTypeProvider.Instance, names);
        var parameters = ParameterListText.Of(type.Reader, method, signature.ParameterTypes, signature.ParameterTypes.Length);
        var constraints = GenericParameterText.Constraints(type.Reader, method.GetGenericParameters(), 0, names);
        return signature.ReturnType + " " + name + genericList + "(" + parameters + ")" + constraints;
    }

    private static string Parameters(TypeContext type, MethodDefinition method)
    {
        var signature = method.DecodeSignature(ListingTypeProvider.Instance, NamesFor(type, method));
        return "(" + ParameterListText.Of(type.Reader, method, signature.ParameterTypes, signature.ParameterTypes.Length) + ")";
    }

    private static GenericNames NamesFor(TypeContext type, MethodDefinition method) =>
        type.Names with { MethodParameters = GenericParameterText.Names(type.Reader, method.GetGenericParameters()) };
}
