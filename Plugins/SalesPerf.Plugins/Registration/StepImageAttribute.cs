using System;

namespace SalesPerf.Plugins.Registration;

/// <summary>Declares an entity image of the step whose <see cref="StepAttribute.Id"/> is <paramref name="stepId"/>.</summary>
/// <remarks>List the columns explicitly: an image with no columns would snapshot the whole row.</remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class StepImageAttribute(string stepId, ImageType type, string name, params string[] attributes) : Attribute
{
    public string StepId { get; } = stepId;

    public ImageType Type { get; } = type;

    public string Name { get; } = name;

#pragma warning disable CA1819 // attribute arguments can only be arrays
    public string[] Attributes { get; } = attributes ?? [];
#pragma warning restore CA1819

    /// <summary>The key in PreEntityImages / PostEntityImages; defaults to <see cref="Name"/>.</summary>
    public string Alias { get; set; } = "";
}
