using System;
using SalesPerf.Plugins.Setup;

namespace SalesPerf.Plugins.Tests.Setup;

/// <summary>Step image ids are RFC 4122 version-5 UUIDs of (step id, entity alias): fixed, so setup finds them again.</summary>
public sealed class StepImageIdsTests
{
    [Fact]
    public void For_RfcNamespaceAndName_IsTheVersion5Uuid()
    {
        // The DNS namespace and "www.example.com" give 2ed6657d-e927-568b-95e1-2665a8aea6a2 in every RFC 4122 implementation.
        var id = StepImageIds.For(new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "www.example.com");

        Assert.Equal(new Guid("2ed6657d-e927-568b-95e1-2665a8aea6a2"), id);
    }

    [Fact]
    public void For_SameStepOtherAlias_DiffersAndRepeats()
    {
        var step = new Guid("a3f1c2d4-0b5e-4c6f-8a7b-9c0d1e2f3a4b");

        Assert.Equal(StepImageIds.For(step, "PreImage"), StepImageIds.For(step, "PreImage"));
        Assert.NotEqual(StepImageIds.For(step, "PreImage"), StepImageIds.For(step, "PostImage"));
    }
}
