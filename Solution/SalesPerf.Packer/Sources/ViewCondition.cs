using System.Collections.Generic;

namespace SalesPerf.Packer.Sources;

/// <summary>
/// One FetchXML condition of a custom view. <see cref="Values"/> are already the stored values (a choice or status
/// given by its name in the source is its option value here); empty for operators such as eq-userid or this-fiscal-year.
/// </summary>
public sealed record ViewCondition(string Column, string Operator, IReadOnlyList<string> Values);
