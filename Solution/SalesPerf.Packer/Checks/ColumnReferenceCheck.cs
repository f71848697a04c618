using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace SalesPerf.Packer.Checks;

/// <summary>
/// Every column a step names (filtering attributes, image attributes) on a table the package defines whole exists
/// there. Strict: tables and columns of platform tables are judged against the known platform tables (the solution
/// source lists only what SalesPerf uses; the organisation has more).
/// </summary>
public sealed class ColumnReferenceCheck : IPackageCheck
{
    public string Rule => "columns";

    public IEnumerable<string> Check(SolutionPackage package)
    {
        var root = package.Customizations?.Root;
        if (root is null)
        {
            yield break;
        }

        foreach (var step in root.Elements("SdkMessageProcessingSteps").Elements("SdkMessageProcessingStep"))
        {
            var label = $"step '{(string?)step.Attribute("Name")}' (id {(string?)step.Attribute("SdkMessageProcessingStepId")})";
            var table = step.Element("PrimaryEntity")?.Value ?? "";
            if (table is "" or "none")
            {
                continue;
            }

            if (!package.Strict && !package.DefinesWhole(table))
            {
                continue;
            }

            var columns = package.ColumnsOf(table);
            if (columns is null)
            {
                yield return $"{label} runs on the table {table}, which neither the package nor the known system tables define.";
                continue;
            }

            foreach (var column in Split(step.Element("FilteringAttributes")?.Value).Where(c => !columns.Contains(c)))
            {
                yield return $"{label} filters on the column {table}.{column}, which does not exist.";
            }

            foreach (var image in step.Elements("SdkMessageProcessingStepImages").Elements("SdkMessageProcessingStepImage"))
            {
                foreach (var column in Split(image.Element("Attributes")?.Value).Where(c => !columns.Contains(c)))
                {
                    yield return $"{label} image '{(string?)image.Attribute("Name")}' names the column {table}.{column}, which does not exist.";
                }
            }
        }
    }

    private static IEnumerable<string> Split(string? list) =>
        (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
