using System.Collections.Generic;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Sources;

/// <summary>One tab of a form: a labelled page of sections.</summary>
/// <param name="Name">Unique within the form; the tab's id is derived from it.</param>
public sealed record FormTab(string Name, Label Label, IReadOnlyList<FormSection> Sections);
