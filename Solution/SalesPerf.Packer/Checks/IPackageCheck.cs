using System.Collections.Generic;

namespace SalesPerf.Packer.Checks;

/// <summary>One rule a package must satisfy.</summary>
public interface IPackageCheck
{
    string Rule { get; }

    IEnumerable<string> Check(SolutionPackage package);
}
