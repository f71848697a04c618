using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Packaging;
using SalesPerf.Packer.Steps;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.Packer.Writers;

/// <summary>
/// <c>SdkMessageProcessingSteps/SdkMessageProcessingStep</c> in the 9.2 element order (solution-format 9.3), with its
/// images (9.5), generated from the <see cref="StepRegistration"/>s the plug-in classes declare. Packed steps carry no
/// unsecure configuration.
/// </summary>
public static class StepWriter
{
    public const string PluginEventHandler = "4602";

    public static IEnumerable<XElement> Write(PackContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.PackedSteps.Select(step => Write(context, step));
    }

    public static XElement Write(PackContext context, StepRegistration step)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(step);
        if (!SdkMessageIds.TryGet(step.Message, out var messageId))
        {
            throw new PackException(string.Format(
                CultureInfo.InvariantCulture,
                "Step '{0}' ({1}) runs on {2}, whose SDK message id is not confirmed (solution-format 9.4). Obtain it from a real organisation before packing this step, or register it at setup (SetupSteps).",
                step.Name, step.Id, step.Message));
        }

        var typeName = step.PluginType.FullName ?? step.PluginType.Name;
        var element = new XElement(
            "SdkMessageProcessingStep",
            new XAttribute("Name", step.Name),
            new XAttribute("SdkMessageProcessingStepId", ExportXml.Braced(step.Id)),
            new XElement("SdkMessageId", ExportXml.Bare(messageId)),
            new XElement("PluginTypeName", context.AssemblyQualifiedName(typeName)),
            new XElement("PluginTypeId", ExportXml.Bare(context.PluginTypeId(typeName))),
            new XElement("PrimaryEntity", step.PrimaryEntity),
            new XElement("AsyncAutoDelete", "0"));
        if (step.Description.Length != 0)
        {
            element.Add(new XElement("Description", step.Description));
        }

        element.Add(
            new XElement("FilteringAttributes", string.Join(",", step.FilteringAttributes)),
            new XElement("InvocationSource", "1"),
            new XElement("Mode", Number((int)step.Mode)),
            new XElement("Rank", Number(step.Rank)),
            new XElement("EventHandlerTypeCode", PluginEventHandler),
            new XElement("Stage", Number((int)step.Stage)),
            new XElement("IsCustomizable", "1"),
            new XElement("IsHidden", "0"),
            new XElement("SupportedDeployment", "0"),
            new XElement("IntroducedVersion", PackContext.IntroducedVersion),
            new XElement("SdkMessageProcessingStepImages", step.Images.Select(image => Image(step, image))));
        return element;
    }

    public static Guid ImageId(StepRegistration step, ImageRegistration image)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(image);
        return StableIds.Derive(step.Id, "image", image.Name);
    }

    private static XElement Image(StepRegistration step, ImageRegistration image)
    {
        var property = ImagePropertyNames.For(step.Message)
            ?? throw new PackException($"Step '{step.Name}' ({step.Id}) has image '{image.Name}', but {step.Message} supports no images.");
        return new XElement(
            "SdkMessageProcessingStepImage",
            new XAttribute("Name", image.Name),
            new XElement("SdkMessageProcessingStepImageId", ExportXml.Braced(ImageId(step, image))),
            new XElement("Attributes", string.Join(",", image.Attributes)),
            new XElement("EntityAlias", image.EntityAlias),
            new XElement("ImageType", Number((int)image.Type)),
            new XElement("MessagePropertyName", property),
            new XElement("IsCustomizable", "1"));
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
