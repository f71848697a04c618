using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using SalesPerf.Cli.Commands;
using SalesPerf.Packer.Checks;
using SalesPerf.Packer.Tests.Infrastructure;

namespace SalesPerf.Packer.Tests;

/// <summary>A damaged zip names the broken entry first: cut off, failing its CRC, or an entry that is not XML.</summary>
public sealed class CorruptZipTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("spm-corrupt-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>Where each entry's data starts and how long it is, read from the local file headers (APPNOTE 4.3.7).</summary>
    private static (string Name, int DataStart, int Length) Locate(byte[] zip, string entry)
    {
        var offset = 0;
        while (BitConverter.ToUInt32(zip, offset) == 0x04034b50)
        {
            var compressed = (int)BitConverter.ToUInt32(zip, offset + 18);
            var nameLength = BitConverter.ToUInt16(zip, offset + 26);
            var extraLength = BitConverter.ToUInt16(zip, offset + 28);
            var name = Encoding.UTF8.GetString(zip, offset + 30, nameLength);
            var dataStart = offset + 30 + nameLength + extraLength;
            if (name == entry)
            {
                return (name, dataStart, compressed);
            }

            offset = dataStart + compressed;
        }

        throw new InvalidOperationException($"No entry {entry}.");
    }

    private (int ExitCode, string Output, string Error) RunCheck(byte[] zip)
    {
        var path = Path.Combine(folder, "SalesPerf_managed.zip");
        File.WriteAllBytes(path, zip);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CheckCommand.Run(path, Repository.Metadata, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public void Check_ZipCutInsideAnEntry_NamesThatEntryFirst()
    {
        var zip = Packages.Managed;
        var dll = Packages.EntryNames(zip).Single(n => n.EndsWith(".dll", StringComparison.Ordinal));
        var (_, start, length) = Locate(zip, dll);
        var truncated = zip.AsSpan(0, start + (length / 2)).ToArray();

        var report = PackageChecker.Check(truncated, Repository.Metadata);
        var (exitCode, output, error) = RunCheck(truncated);

        Assert.True(report.Unreadable);
        var failure = Assert.Single(report.Failures);
        Assert.Equal(dll, failure.Entry);
        Assert.StartsWith(dll + ": the zip ends inside this entry", failure.ToString(), StringComparison.Ordinal);
        Assert.Equal(CheckCommand.Unreadable, exitCode);
        Assert.Empty(output);
        Assert.StartsWith(dll + ": the zip ends inside this entry", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ZipWithoutItsCentralDirectory_NamesTheLastCompleteEntry()
    {
        var zip = Packages.Managed;
        var last = Packages.EntryNames(zip)[^1];
        var (_, start, length) = Locate(zip, last);

        var report = PackageChecker.Check(zip.AsSpan(0, start + length).ToArray(), Repository.Metadata);

        var failure = Assert.Single(report.Failures);
        Assert.Equal(last, failure.Entry);
        Assert.Contains("central directory", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_EntryFailingItsCrc_NamesTheEntryFirst()
    {
        // Flip the stored CRC-32 of customizations.xml in its central directory record; the data itself is intact.
        var zip = Packages.Managed.ToArray();
        var central = IndexOfCentralRecord(zip, "customizations.xml");
        zip[central + 16] ^= 0xFF;

        var report = PackageChecker.Check(zip, Repository.Metadata);
        var (exitCode, output, _) = RunCheck(zip);

        Assert.False(report.Unreadable);
        Assert.Equal("customizations.xml", report.Failures[0].Entry);
        Assert.Contains("fails its CRC check", report.Failures[0].Message, StringComparison.Ordinal);
        Assert.Equal(CheckCommand.Failed, exitCode);
        Assert.StartsWith("customizations.xml: the entry fails its CRC check", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_EntryThatIsNotXml_NamesTheEntryFirst()
    {
        var broken = Packages.With(Packages.Managed, new Dictionary<string, byte[]?>
        {
            ["customapis/spm_GetLeaderboard/customapi.xml"] = Encoding.UTF8.GetBytes("<customapi uniquename=\"spm_GetLeaderboard\">"),
        });

        var report = PackageChecker.Check(broken, Repository.Metadata);
        var (exitCode, output, _) = RunCheck(broken);

        Assert.Equal("customapis/spm_GetLeaderboard/customapi.xml", report.Failures[0].Entry);
        Assert.Equal(CheckCommand.Failed, exitCode);
        Assert.StartsWith("customapis/spm_GetLeaderboard/customapi.xml: the entry is not well-formed XML", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CustomizationsThatIsNotXml_NamesItBeforeAnyOtherFailure()
    {
        var broken = Packages.With(Packages.Managed, new Dictionary<string, byte[]?> { ["customizations.xml"] = Encoding.UTF8.GetBytes("<ImportExportXml><Entities>") });

        var report = PackageChecker.Check(broken, Repository.Metadata);

        Assert.Equal("customizations.xml", report.Failures[0].Entry);
        Assert.StartsWith("customizations.xml: the entry is not well-formed XML", report.Failures[0].ToString(), StringComparison.Ordinal);
    }

    private static int IndexOfCentralRecord(byte[] zip, string entry)
    {
        var name = Encoding.UTF8.GetBytes(entry);
        for (var i = 0; i + 46 + name.Length <= zip.Length; i++)
        {
            if (BitConverter.ToUInt32(zip, i) == 0x02014b50 && BitConverter.ToUInt16(zip, i + 28) == name.Length && zip.AsSpan(i + 46, name.Length).SequenceEqual(name))
            {
                return i;
            }
        }

        throw new InvalidOperationException($"No central record for {entry}.");
    }
}
