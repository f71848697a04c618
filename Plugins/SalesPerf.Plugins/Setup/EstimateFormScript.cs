using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace SalesPerf.Plugins.Setup;

/// <summary>
/// The estimate on an opportunity form ("if you win this deal now"): the JScript libraries it loads and its OnLoad
/// handler, exactly as Solution/Forms/opportunity.main.json declares them (a test keeps the two equal), and the pure
/// change that adds them to one form's FormXml. Only the missing parts are added (<c>formLibraries/Library</c>,
/// <c>events/event[@name='onload']/Handlers/Handler</c>); everything the form already has stays as it is, so running
/// it again changes nothing. Ids are derived from the form id, so the same form always gets the same ids.
/// </summary>
public static class EstimateFormScript
{
    public const string HandlerLibrary = "spm_/forms/opportunity.js";

    public const string HandlerFunction = "SalesPerf.Opportunity.onLoad";

    /// <summary>In load order: the handler's library last, after the shared scripts it uses.</summary>
    public static IReadOnlyList<string> Libraries { get; } = ["spm_/shared/i18n.js", "spm_/shared/format.js", "spm_/shared/xrm.js", HandlerLibrary];

    /// <summary>The FormXml with the libraries and handler added; null when the form already has all of them.</summary>
    public static string? AddTo(string formXml, Guid formId)
    {
        if (string.IsNullOrWhiteSpace(formXml))
        {
            throw new ArgumentException("The form has no FormXml.", nameof(formXml));
        }

        var form = XElement.Parse(formXml);
        var changed = false;
        var libraries = Child(form, "formLibraries", ref changed);
        foreach (var library in Libraries.Where(l => !libraries.Elements("Library").Any(e => Same((string?)e.Attribute("name"), l))))
        {
            libraries.Add(new XElement("Library", new XAttribute("name", library), new XAttribute("libraryUniqueId", Braced(Derive(formId, "library/" + library)))));
            changed = true;
        }

        var events = Child(form, "events", ref changed);
        var onLoad = events.Elements("event").FirstOrDefault(e => Same((string?)e.Attribute("name"), "onload") && e.Attribute("attribute") is null);
        if (onLoad is null)
        {
            onLoad = new XElement("event", new XAttribute("name", "onload"), new XAttribute("application", "false"), new XAttribute("active", "false"));
            events.Add(onLoad);
            changed = true;
        }

        var handlers = onLoad.Element("Handlers");
        if (handlers is null)
        {
            handlers = new XElement("Handlers");
            onLoad.Add(handlers);
            changed = true;
        }

        if (!handlers.Elements("Handler").Any(h => Same((string?)h.Attribute("functionName"), HandlerFunction) && Same((string?)h.Attribute("libraryName"), HandlerLibrary)))
        {
            handlers.Add(new XElement(
                "Handler",
                new XAttribute("functionName", HandlerFunction),
                new XAttribute("libraryName", HandlerLibrary),
                new XAttribute("handlerUniqueId", Braced(Derive(formId, "handler/onload/" + HandlerFunction))),
                new XAttribute("enabled", "true"),
                new XAttribute("parameters", string.Empty),
                new XAttribute("passExecutionContext", "true")));
            changed = true;
        }

        return changed ? form.ToString(SaveOptions.DisableFormatting) : null;
    }

    /// <summary>
    /// The form's child element of that name, added when missing: <c>events</c> and <c>formLibraries</c> come after
    /// tabs, header and footer and before the navigation and display conditions, as in an export.
    /// </summary>
    private static XElement Child(XElement form, string name, ref bool changed)
    {
        var existing = form.Element(name);
        if (existing is not null)
        {
            return existing;
        }

        var added = new XElement(name);
        var before = form.Elements().FirstOrDefault(e => e.Name.LocalName is "Navigation" or "DisplayConditions" or "controlDescriptions" || (name == "events" && e.Name.LocalName == "formLibraries"));
        if (before is null)
        {
            form.Add(added);
        }
        else
        {
            before.AddBeforeSelf(added);
        }

        changed = true;
        return added;
    }

    private static bool Same(string? a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static string Braced(Guid id) => "{" + id.ToString("D") + "}";

    /// <summary>A name-based id (the form id's bytes mixed with the name's): stable for a form and a name, distinct across forms.</summary>
    private static Guid Derive(Guid formId, string name)
    {
        var bytes = formId.ToByteArray();
        unchecked
        {
            uint hash = 2166136261;
            foreach (var c in name)
            {
                hash = (hash ^ c) * 16777619;
            }

            for (var i = 0; i < bytes.Length; i++)
            {
                bytes[i] ^= (byte)(hash >> (8 * (i % 4)));
                hash = (hash * 16777619) ^ (uint)i;
            }
        }

        return new Guid(bytes);
    }
}
