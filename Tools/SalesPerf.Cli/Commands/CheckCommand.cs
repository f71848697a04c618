using System;
using System.CommandLine;
using System.IO;
using SalesPerf.Packer.Checks;
using SalesPerf.SolutionModel;

namespace SalesPerf.Cli.Commands;

/// <summary>
/// <c>spm check ZIP [--strict]</c>: runs the package checks; exit 0 passed, 1 a check failed, 2 missing file, not a zip
/// or a zip that cannot be opened (the broken entry is named first). Without <c>--strict</c> only what an import needs
/// (a genuine Dataverse export passes); with it also SalesPerf's house style (docs/packaging.md "Checks").
/// </summary>
public static class CheckCommand
{
    public const int Passed = 0;
    public const int Failed = 1;
    public const int Unreadable = 2;

    public static Command Create()
    {
        var zip = new Argument<FileInfo>("zip") { Description = "The solution zip to check." };
        var strict = new Option<bool>("--strict") { Description = "Also check SalesPerf's house style: export order and layout, bilingual labels, references only the source knows." };
        var command = new Command("check", "Check a solution zip as the importer would see it.");
        command.Arguments.Add(zip);
        command.Options.Add(strict);
        command.SetAction(parseResult => Run(parseResult.GetValue(zip)!.FullName, KnownTables(), Console.Out, Console.Error, parseResult.GetValue(strict)));
        return command;
    }

    /// <summary>The handler: prints each failure to <paramref name="output"/>, file problems to <paramref name="error"/>.</summary>
    /// <param name="knownTables">The solution source's tables (platform tables steps may name); null: only the package's own.</param>
    /// <param name="strict">Also the house-style rules.</param>
    public static int Run(string zipPath, SolutionMetadata? knownTables, TextWriter output, TextWriter error, bool strict = false)
    {
        ArgumentNullException.ThrowIfNull(zipPath);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (!File.Exists(zipPath))
        {
            error.WriteLine($"{zipPath}: the file does not exist.");
            return Unreadable;
        }

        var report = PackageChecker.Check(File.ReadAllBytes(zipPath), knownTables, strict);
        if (report.Unreadable)
        {
            var failure = report.Failures[0];
            error.WriteLine(failure.Entry is null
                ? $"{zipPath}: {failure.Message}"
                : $"{failure.Entry}: {failure.Message} ({zipPath})");
            return Unreadable;
        }

        foreach (var failure in report.Failures)
        {
            output.WriteLine(failure.ToString());
        }

        var checkedWhat = strict ? "all checks, house style included," : "all importability checks";
        output.WriteLine(report.Passed
            ? $"{Path.GetFileName(zipPath)}: {checkedWhat} passed."
            : $"{Path.GetFileName(zipPath)}: {report.Failures.Count} check failure(s).");
        return report.Passed ? Passed : Failed;
    }

    /// <summary>The solution source of the repository spm was built in, else of the one the user stands in, else none.</summary>
    private static SolutionMetadata? KnownTables()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            try
            {
                return SolutionMetadata.LoadFromRepository(start);
            }
            catch (DirectoryNotFoundException)
            {
            }
        }

        return null;
    }
}
