namespace SalesPerf.SdkConformance.Listing;

/// <summary>One <c>KEY :: FACT</c> line of the API listing format.</summary>
/// <param name="Key">The full type name (or <c>assembly</c>).</param>
/// <param name="Fact">What is stated about it, for example <c>method void Execute(System.IServiceProvider serviceProvider)</c>.</param>
public sealed record ApiLine(string Key, string Fact)
{
    /// <summary>The separator between key and fact.</summary>
    public const string Separator = " :: ";

    /// <summary>The first word of the fact: <c>type</c>, <c>field</c>, <c>method</c>, …</summary>
    public string Kind => Fact.Split(' ', '(')[0];

    /// <inheritdoc />
    public override string ToString() => Key + Separator + Fact;
}
