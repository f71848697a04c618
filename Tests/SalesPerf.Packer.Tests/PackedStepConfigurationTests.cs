using System;
using System.Linq;
using SalesPerf.Packer.Tests.Infrastructure;

namespace SalesPerf.Packer.Tests;

/// <summary>
/// Packed steps carry no unsecure configuration (contract item 2): the close steps are registered at setup, so no
/// packed step needs to be told about a close without a step, and SalesPerf keeps nothing else there.
/// </summary>
public sealed class PackedStepConfigurationTests
{
    [Fact]
    public void Pack_EveryPackedStep_CarriesNoConfiguration()
    {
        var steps = Packages.Customizations(Packages.Managed).Element("SdkMessageProcessingSteps")!.Elements().ToList();

        Assert.NotEmpty(steps);
        Assert.All(steps, step => Assert.Null(step.Element("Configuration")));
    }
}
