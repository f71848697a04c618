using System.Globalization;

namespace SalesPerf.Packer;

/// <summary>How the declared steps reach an organisation: <see cref="Packed"/> travel in the zip, <see cref="AtSetup"/> are registered by Complete setup.</summary>
public sealed record StepSummary(int Packed, int Declared, int AtSetup)
{
    /// <summary>"N of M steps packed; K registered by Complete setup", the line <c>spm pack</c> prints.</summary>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture, "{0} of {1} steps packed; {2} registered by Complete setup", Packed, Declared, AtSetup);
}
