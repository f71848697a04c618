using System;
using System.IO;
using SalesPerf.LocalOrg;

namespace SalesPerf.Demo.Tests;

/// <summary>One small demo (3 reps: one hunter, one field rep, one key-account manager; a quarter of business) shared by the tests that read its report.</summary>
public sealed class SmallDemoFixture : IDisposable
{
    public static readonly DemoOptions Options = new() { Seed = 11, Reps = 3, OpportunitiesPerRep = 10, BusinessMonths = 3, Pack = false };

    public SmallDemoFixture()
    {
        Folder = Path.Combine(Path.GetTempPath(), "spm-demo-tests-" + Guid.NewGuid().ToString("N"));
        Console = new StringWriter();
        (Result, Organization) = DemoRunner.RunWithOrganization(Options, SpectreOutput.Plain(Console), Folder);
        Report = File.ReadAllText(Result.ReportPath);
    }

    public string Folder { get; }

    public StringWriter Console { get; }

    public DemoResult Result { get; }

    public LocalOrganization Organization { get; }

    public string Report { get; }

    public void Dispose()
    {
        Console.Dispose();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
