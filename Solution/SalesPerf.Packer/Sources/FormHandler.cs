namespace SalesPerf.Packer.Sources;

/// <summary>
/// A form event handler (FormXml <c>events/event/Handlers/Handler</c>): the function of a form library called on
/// <see cref="Event"/> (<c>onload</c>, <c>onsave</c>, or <c>onchange</c> of <see cref="Attribute"/>), with the execution
/// context as its first parameter.
/// </summary>
public sealed record FormHandler(string Event, string Library, string Function, string? Attribute);
