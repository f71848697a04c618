using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Sources;
using SalesPerf.Packer.Steps;

namespace SalesPerf.Packer.Checks;

/// <summary>
/// The plug-in assembly and its steps match the DLL inside the zip, read with System.Reflection.Metadata: the DLL
/// exists at FileName, is signed, its identity is FullName, every PluginType and every step's plug-in type is defined
/// in it, stages and modes are Dataverse's, images snapshot their message's property, and the SDK stand-in is nowhere
/// in the zip. Strict: a step's assembly is in the package, and its message id is one solution-format 9.4 confirms
/// (an organisation has more messages than the ones confirmed there).
/// </summary>
public sealed class PluginAssemblyCheck : IPackageCheck
{
    public const string StandInSdk = "Microsoft.Xrm.Sdk";

    public string Rule => "plug-ins";

    public IEnumerable<string> Check(SolutionPackage package)
    {
        var problems = new List<string>();
        problems.AddRange(StandInAbsent(package));
        var root = package.Customizations?.Root;
        if (root is null)
        {
            return problems;
        }

        var assemblies = new Dictionary<string, (PluginAssemblyImage? Image, string File, XElement Element)>(StringComparer.Ordinal);
        foreach (var assembly in root.Elements("SolutionPluginAssemblies").Elements("PluginAssembly"))
        {
            var fullName = (string?)assembly.Attribute("FullName") ?? "";
            var fileName = assembly.Element("FileName")?.Value ?? "";
            var image = LoadImage(package, fullName, fileName, problems);
            assemblies[fullName] = (image, FileOf(fileName), assembly);
            if (image is not null)
            {
                CheckPluginTypes(assembly, image, FileOf(fileName), problems);
            }
        }

        foreach (var step in root.Elements("SdkMessageProcessingSteps").Elements("SdkMessageProcessingStep"))
        {
            CheckStep(step, assemblies, package.Strict, problems);
        }

        return problems;
    }

    private static IEnumerable<string> StandInAbsent(SolutionPackage package)
    {
        foreach (var entry in package.Entries.Where(e => e.Name.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)))
        {
            var file = FileOf(entry.Name);
            if (file.Equals(StandInSdk + ".dll", StringComparison.OrdinalIgnoreCase))
            {
                yield return $"the zip contains {entry.Name}: the SDK stand-in must never be packed (Dataverse supplies Microsoft.Xrm.Sdk).";
                continue;
            }

            var name = TryRead(entry.Content.ToArray())?.Name;
            if (string.Equals(name, StandInSdk, StringComparison.OrdinalIgnoreCase))
            {
                yield return $"the zip entry {entry.Name} is the assembly {StandInSdk}: the SDK stand-in must never be packed.";
            }
        }
    }

    private static PluginAssemblyImage? LoadImage(SolutionPackage package, string fullName, string fileName, List<string> problems)
    {
        var entryName = fileName.TrimStart('/');
        var entry = package.Entry(entryName);
        if (entry is null)
        {
            problems.Add($"plug-in assembly '{fullName}' names the file {fileName}, which the zip does not contain.");
            return null;
        }

        var image = TryRead(entry.Content.ToArray());
        if (image is null)
        {
            problems.Add($"{fileName} is not a .NET assembly.");
            return null;
        }

        if (!string.Equals(image.FullName, fullName, StringComparison.Ordinal))
        {
            problems.Add($"plug-in assembly FullName '{fullName}' does not match the DLL's identity '{image.FullName}'.");
        }

        if (image.PublicKeyToken.Length == 0)
        {
            problems.Add($"{FileOf(fileName)} is not strong-name signed; Dataverse loads only signed plug-in assemblies.");
        }

        return image;
    }

    private static void CheckPluginTypes(XElement assembly, PluginAssemblyImage image, string file, List<string> problems)
    {
        foreach (var type in assembly.Elements("PluginTypes").Elements("PluginType"))
        {
            var name = (string?)type.Attribute("Name") ?? "";
            if (!image.DefinedTypes.Contains(name))
            {
                problems.Add($"plug-in type {name} (id {(string?)type.Attribute("PluginTypeId")}) is not defined by {file}.");
            }
            else if (!image.PluginTypes.Contains(name, StringComparer.Ordinal) && type.Element("WorkflowActivityGroupName") is null)
            {
                problems.Add($"plug-in type {name} does not implement Microsoft.Xrm.Sdk.IPlugin in {file}.");
            }

            var qualified = (string?)type.Attribute("AssemblyQualifiedName");
            if (qualified != name + ", " + image.FullName)
            {
                problems.Add($"plug-in type {name} has AssemblyQualifiedName '{qualified}', expected '{name}, {image.FullName}'.");
            }
        }
    }

    private static void CheckStep(XElement step, Dictionary<string, (PluginAssemblyImage? Image, string File, XElement Element)> assemblies, bool strict, List<string> problems)
    {
        var label = $"step '{(string?)step.Attribute("Name")}' (id {(string?)step.Attribute("SdkMessageProcessingStepId")})";
        var typeName = step.Element("PluginTypeName")?.Value ?? "";
        var comma = typeName.IndexOf(',', StringComparison.Ordinal);
        var type = comma < 0 ? typeName : typeName[..comma].Trim();
        var assemblyName = comma < 0 ? "" : typeName[(comma + 1)..].Trim();

        if (!assemblies.TryGetValue(assemblyName, out var assembly))
        {
            // The assembly may come from another solution of the organisation.
            if (strict)
            {
                problems.Add($"{label} names the assembly '{assemblyName}', which the solution does not contain.");
            }
        }
        else if (assembly.Image is not null)
        {
            if (!assembly.Image.DefinedTypes.Contains(type))
            {
                problems.Add($"{label} names plug-in type {type}, which {assembly.File} does not define.");
            }

            // 8.2 exports write no PluginTypeId on a step (solution-format 9.3).
            var typeId = step.Element("PluginTypeId")?.Value;
            var declared = assembly.Element.Elements("PluginTypes").Elements("PluginType")
                .FirstOrDefault(t => (string?)t.Attribute("Name") == type);
            if (declared is null)
            {
                problems.Add($"{label} names plug-in type {type}, which the PluginAssembly does not list.");
            }
            else if (typeId is not null && !SameId((string?)declared.Attribute("PluginTypeId"), typeId))
            {
                problems.Add($"{label} has PluginTypeId {typeId}, but plug-in type {type} is {(string?)declared.Attribute("PluginTypeId")}.");
            }
        }

        var messageText = step.Element("SdkMessageId")?.Value;
        var message = Guid.TryParse(messageText, out var messageId) ? SdkMessageIds.NameOf(messageId) : null;
        if (messageId == Guid.Empty)
        {
            problems.Add($"{label} has the SDK message id '{messageText}', which is not a GUID.");
        }
        else if (message is null && strict)
        {
            problems.Add($"{label} uses the SDK message id {messageText}, which is not a confirmed message id (solution-format 9.4).");
        }

        var stage = step.Element("Stage")?.Value;
        if (stage is not ("10" or "20" or "40"))
        {
            problems.Add($"{label} has stage {stage}; a step registers in 10 (pre-validation), 20 (pre-operation) or 40 (post-operation).");
        }

        if (step.Element("Mode")?.Value == "1" && stage != "40")
        {
            problems.Add($"{label} is asynchronous in stage {stage}; asynchronous steps run only in stage 40.");
        }

        // Images are judged only on messages this check knows; tools write the property name in either casing.
        foreach (var image in step.Elements("SdkMessageProcessingStepImages").Elements("SdkMessageProcessingStepImage").Where(_ => message is not null))
        {
            var expected = ImagePropertyNames.For(message!);
            var actual = image.Element("MessagePropertyName")?.Value;
            if (expected is null)
            {
                problems.Add($"{label} has image '{(string?)image.Attribute("Name")}', but its message supports no images.");
            }
            else if (!string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"{label} image '{(string?)image.Attribute("Name")}' has MessagePropertyName '{actual}'; {message} images use '{expected}'.");
            }
        }
    }

    private static PluginAssemblyImage? TryRead(byte[] bytes)
    {
        try
        {
            return PluginAssemblyImage.Read(bytes);
        }
        catch (BadImageFormatException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static bool SameId(string? a, string b) => Guid.TryParse(a, out var x) && Guid.TryParse(b, out var y) && x == y;

    private static string FileOf(string path) => path[(path.LastIndexOf('/') + 1)..];
}
