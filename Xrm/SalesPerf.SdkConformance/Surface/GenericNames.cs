using System.Collections.Generic;

namespace SalesPerf.SdkConformance.Surface;

/// <summary>The names used for generic parameters while rendering a signature: the type's (<c>!0</c>) and the method's (<c>!!0</c>).</summary>
/// <param name="TypeParameters">Names of the declaring type's generic parameters, outermost first.</param>
/// <param name="MethodParameters">Names of the method's own generic parameters.</param>
public sealed record GenericNames(IReadOnlyList<string> TypeParameters, IReadOnlyList<string> MethodParameters)
{
    /// <summary>No generic parameters known: positions render as <c>!0</c> and <c>!!0</c>.</summary>
    public static GenericNames None { get; } = new([], []);

    /// <summary>The name of type parameter <paramref name="index"/>, or <c>!index</c> when unknown.</summary>
    public string TypeParameter(int index) =>
        index < TypeParameters.Count ? TypeParameters[index] : "!" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The name of method parameter <paramref name="index"/>, or <c>!!index</c> when unknown.</summary>
    public string MethodParameter(int index) =>
        index < MethodParameters.Count ? MethodParameters[index] : "!!" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
