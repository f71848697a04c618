using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Sources;

namespace SalesPerf.Packer.Writers;

/// <summary>
/// The SdkMessageProcessingSteps section and one type-92 root component per packed step (images are subcomponents);
/// the steps Complete setup registers are left out (<see cref="PackContext.SetupStepsLeftOut"/>).
/// </summary>
public sealed class StepsWriter : IComponentWriter
{
    public string? Section => "SdkMessageProcessingSteps";

    public IEnumerable<XElement> Elements(PackContext context) => StepWriter.Write(context);

    public IEnumerable<RootComponent> RootComponents(PackContext context) =>
        context.PackedSteps.Select(s => new RootComponent(RootComponent.SdkMessageProcessingStep, null, s.Id, RootComponent.IncludeSubcomponents));
}
