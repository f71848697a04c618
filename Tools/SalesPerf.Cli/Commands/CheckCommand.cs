using System;
using System.CommandLine;
using System.IO;
using System.IO.Compression;
using SalesPerf.Packer.Checks;
using SalesPerf.SolutionModel;

namespace SalesPerf.Cli.Commands;

/// <summary><c>spm check ZIP</c>: runs the package checks; exit 0 passed, 1 a check failed, 2 missing file or not a zip.</summary>
public static class CheckCommand
{
    public const int Passed = 0;
    public const int Failed = 1;
    public const int Unreadable = 2;

    public static Command Create()
    {
        var zip = new Argument<FileInfo>("zip") { Description = "The solution zip to check." };
        var command = new Command("check", "Check a solution zip as the importer and a real export would see it.");
        command.Arguments.Add(zip);
        command.SetAction(parseResult => Run(parseResult.GetValue(zip)!.FullName, KnownTables(), Console.Out, Console.Error));
        return command;
    }

    /// <summary>The handler: prints each failure to <paramref name="output"/>, file problems to <paramref name="error"/>.</summary>
    /// <param name="knownTables">The solution source's tables (platform tables steps may name); null: only the package's own.</param>
    public static int Run(string zipPath, SolutionMetadata? knownTables, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(zipPath);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (!File.Exists(zipPath))
        {
            error.WriteLine($"{zipPath}: the file does not exist.");
            return Unreadable;
        }

        var bytes = File.ReadAllBytes(zipPath);
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException exception)
        {
            error.WriteLine($"{zipPath}: not a zip file ({exception.Message}).");
            return Unreadable;
        }

        var report = PackageChecker.Check(bytes, knownTables);
        foreach (var failure in report.Failures)
        {
            output.WriteLine(failure.ToString());
        }

        output.WriteLine(report.Passed
            ? $"{Path.GetFileName(zipPath)}: all checks passed."
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
