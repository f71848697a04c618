namespace SalesPerf.Packer.Checks;

/// <summary>One problem of a package: the rule that found it and a message that names the component and the fault.</summary>
public sealed record CheckFailure(string Rule, string Message)
{
    public override string ToString() => Rule + ": " + Message;
}
