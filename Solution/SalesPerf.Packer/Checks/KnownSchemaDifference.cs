using System;
using System.Xml.Linq;

namespace SalesPerf.Packer.Checks;

/// <summary>
/// One place where a real 9.2 export and the 9.0.0.2090 schema disagree. Before validation it rewrites a copy of
/// customizations.xml into the shape the schema knows, so the schema still checks everything else.
/// </summary>
/// <param name="Where">The element or attribute, e.g. "attribute/AutoNumberFormat".</param>
/// <param name="Why">The source that shows the export form.</param>
/// <param name="Apply">Rewrites the copy; returns how many places it changed.</param>
public sealed record KnownSchemaDifference(string Where, string Why, Func<XDocument, int> Apply);
