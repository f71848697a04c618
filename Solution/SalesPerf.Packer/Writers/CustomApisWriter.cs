using System.Collections.Generic;
using SalesPerf.Packer.Packaging;

namespace SalesPerf.Packer.Writers;

/// <summary>
/// Custom APIs: zip folders only. Microsoft's procedure adds no RootComponent for them, so none is written
/// (NOT CONFIRMED against a real export; docs/packaging.md).
/// </summary>
public sealed class CustomApisWriter : IComponentWriter
{
    public string? Section => null;

    public IEnumerable<ZipEntryContent> Files(PackContext context) => CustomApiWriter.Files(context);
}
