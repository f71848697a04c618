using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using SalesPerf.SdkConformance.Listing;

namespace SalesPerf.SdkConformance.Checks;

/// <summary>
/// Turns listing member lines into the shapes a MemberReference can be matched against: metadata name, static-ness,
/// method generic arity, parameter types (method generic parameters as <c>!!0</c>, by-reference as <c>ref T</c>) and return type.
/// Properties give their accessors (<c>get_Name</c>, <c>set_Name</c>, <c>get_Item</c> for indexers), events <c>add_</c>/<c>remove_</c>.
/// </summary>
public static partial class ListingMemberShapes
{
    private static readonly string[] ModifierWords = ["protected", "internal", "static", "virtual", "override", "sealed", "abstract", "operator", "readonly", "const"];

    /// <summary>The shape of a method reference: <c>[static ]Name`arity(T1, T2):Ret</c>.</summary>
    public static string Method(bool isStatic, string name, int arity, IEnumerable<string> parameterTypes, string returnType) =>
        (isStatic ? "static " : string.Empty) + name + "`" + arity.ToString(System.Globalization.CultureInfo.InvariantCulture)
        + "(" + string.Join(", ", parameterTypes) + "):" + returnType;

    /// <summary>The shape of a field reference: <c>field Name:Type</c>.</summary>
    public static string Field(string name, string type) => "field " + name + ":" + type;

    /// <summary>All shapes stated by the lines of one type.</summary>
    public static ISet<string> Of(IEnumerable<ApiLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var shapes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var kind = MemberNames.KindOf(line.Fact);
            var rest = line.Fact[kind.Length..].TrimStart();
            switch (kind)
            {
                case "ctor":
                    var open = rest.IndexOf('(', StringComparison.Ordinal);
                    shapes.Add(Method(false, ".ctor", 0, ParameterTypes(rest[(open + 1)..SignatureText.MatchingClose(rest, open)], []), "void"));
                    break;
                case "method":
                    AddMethod(shapes, rest);
                    break;
                case "property":
                    AddProperty(shapes, rest);
                    break;
                case "event":
                    var (eventModifiers, eventRest) = SplitModifiers(rest);
                    var eventSplit = eventRest.LastIndexOf(' ');
                    var eventType = eventRest[..eventSplit];
                    var eventName = eventRest[(eventSplit + 1)..];
                    var eventStatic = eventModifiers.Contains("static");
                    shapes.Add(Method(eventStatic, "add_" + eventName, 0, [eventType], "void"));
                    shapes.Add(Method(eventStatic, "remove_" + eventName, 0, [eventType], "void"));
                    break;
                case "field":
                    var (_, fieldRest) = SplitModifiers(rest.Split(" = ", 2)[0]);
                    var fieldSplit = fieldRest.LastIndexOf(' ');
                    if (fieldSplit > 0)
                    {
                        shapes.Add(Field(fieldRest[(fieldSplit + 1)..], fieldRest[..fieldSplit]));
                    }

                    break;
            }
        }

        return shapes;
    }

    private static void AddMethod(HashSet<string> shapes, string rest)
    {
        var (modifiers, signature) = SplitModifiers(rest);
        var open = FirstTopLevel(signature, '(');
        var close = SignatureText.MatchingClose(signature, open);
        var head = signature[..open];
        var generics = new List<string>();
        if (head.EndsWith('>'))
        {
            var lt = MatchingOpenAngle(head);
            generics.AddRange(SignatureText.SplitTopLevel(head[(lt + 1)..^1]));
            head = head[..lt];
        }

        var split = head.LastIndexOf(' ');
        var name = head[(split + 1)..];
        var returnType = ReplaceGenerics(head[..split], generics);
        var parameters = ParameterTypes(signature[(open + 1)..close], generics);
        shapes.Add(Method(modifiers.Contains("static"), name, generics.Count, parameters, returnType));
    }

    private static void AddProperty(HashSet<string> shapes, string rest)
    {
        var (modifiers, signature) = SplitModifiers(rest);
        var bodyStart = signature.IndexOf(" { ", StringComparison.Ordinal);
        var head = signature[..bodyStart];
        var body = signature[bodyStart..];
        var isStatic = modifiers.Contains("static");
        string name;
        string type;
        List<string> index = [];
        var indexer = head.IndexOf(" this[", StringComparison.Ordinal);
        if (indexer >= 0)
        {
            type = head[..indexer];
            name = "Item";
            var open = indexer + " this".Length;
            index.AddRange(ParameterTypes(head[(open + 1)..SignatureText.MatchingClose(head, open)], []));
        }
        else
        {
            var split = head.LastIndexOf(' ');
            type = head[..split];
            name = head[(split + 1)..];
        }

        if (GetterRegex().IsMatch(body))
        {
            shapes.Add(Method(isStatic, "get_" + name, 0, index, type));
        }

        if (SetterRegex().IsMatch(body))
        {
            shapes.Add(Method(isStatic, "set_" + name, 0, [.. index, type], "void"));
        }
    }

    private static List<string> ParameterTypes(string parameters, List<string> generics) =>
        SignatureText.SplitTopLevel(parameters).Select(p =>
        {
            var text = p.Split(" = ", 2)[0];
            text = text[..text.LastIndexOf(' ')];
            if (text.StartsWith("params ", StringComparison.Ordinal))
            {
                text = text["params ".Length..];
            }

            foreach (var byRef in new[] { "ref ", "out ", "in " })
            {
                if (text.StartsWith(byRef, StringComparison.Ordinal))
                {
                    text = "ref " + text[byRef.Length..];
                }
            }

            return ReplaceGenerics(text, generics);
        }).ToList();

    private static string ReplaceGenerics(string type, List<string> generics)
    {
        for (var i = 0; i < generics.Count; i++)
        {
            type = Regex.Replace(type, @"(?<![\w.])" + Regex.Escape(generics[i]) + @"(?![\w.])", "!!" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return type;
    }

    private static (HashSet<string> Modifiers, string Remainder) SplitModifiers(string text)
    {
        var modifiers = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var space = text.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0 || !ModifierWords.Contains(text[..space]))
            {
                return (modifiers, text);
            }

            modifiers.Add(text[..space]);
            text = text[(space + 1)..];
        }
    }

    private static int FirstTopLevel(string text, char wanted)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == wanted && depth == 0)
            {
                return i;
            }

            depth += text[i] switch { '<' or '[' => 1, '>' or ']' => -1, _ => 0 };
        }

        return -1;
    }

    private static int MatchingOpenAngle(string text)
    {
        var depth = 0;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            depth += text[i] switch { '>' => 1, '<' => -1, _ => 0 };
            if (depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"[{;] (protected |protected internal )?get;")]
    private static partial Regex GetterRegex();

    [GeneratedRegex(@"[{;] (protected |protected internal )?set;")]
    private static partial Regex SetterRegex();
}
