using System;
using System.Globalization;
using System.Text;

namespace SalesPerf.Plugins.TargetPlanning;

/// <summary>
/// A strict reader over one JSON text (RFC 8259 strings and numbers, no comments, no trailing commas), just enough
/// for <see cref="AllocationJson"/>. .NET Framework 4.6.2 has no System.Text.Json, and the plug-in takes no package.
/// A failure throws <see cref="FormatException"/> whose message is what was expected, at <see cref="Position"/>.
/// </summary>
internal sealed class JsonCursor(string text)
{
    private int index;

    /// <summary>1-based character position of the next unread character.</summary>
    public int Position => index + 1;

    public bool AtEnd
    {
        get
        {
            SkipWhitespace();
            return index >= text.Length;
        }
    }

    /// <summary>True (and consumed) when the next non-blank character is <paramref name="symbol"/>.</summary>
    public bool TryRead(char symbol)
    {
        SkipWhitespace();
        if (index < text.Length && text[index] == symbol)
        {
            index++;
            return true;
        }

        return false;
    }

    public void Expect(char symbol)
    {
        if (!TryRead(symbol))
        {
            throw new FormatException("'" + symbol + "'");
        }
    }

    public string ReadString()
    {
        SkipWhitespace();
        if (index >= text.Length || text[index] != '"')
        {
            throw new FormatException("a string in double quotes");
        }

        index++;
        var value = new StringBuilder();
        while (index < text.Length && text[index] != '"')
        {
            var c = text[index++];
            if (c < ' ')
            {
                index--;
                throw new FormatException("no control character inside a string");
            }

            value.Append(c == '\\' ? Escape() : c);
        }

        if (index >= text.Length)
        {
            throw new FormatException("the closing '\"' of the string");
        }

        index++;
        return value.ToString();
    }

    public decimal ReadNumber()
    {
        SkipWhitespace();
        var start = index;
        if (Peek() == '-')
        {
            index++;
        }

        if (!Digits())
        {
            index = start;
            throw new FormatException("a number");
        }

        if (Peek() == '.')
        {
            index++;
            if (!Digits())
            {
                throw new FormatException("a digit after the decimal point");
            }
        }

        if (Peek() is 'e' or 'E')
        {
            index++;
            if (Peek() is '+' or '-')
            {
                index++;
            }

            if (!Digits())
            {
                throw new FormatException("a digit in the exponent");
            }
        }

        if (!decimal.TryParse(text.Substring(start, index - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            index = start;
            throw new FormatException("a number within the decimal range");
        }

        return value;
    }

    private char Peek() => index < text.Length ? text[index] : '\0';

    private bool Digits()
    {
        var start = index;
        while (index < text.Length && text[index] >= '0' && text[index] <= '9')
        {
            index++;
        }

        return index > start;
    }

    private char Escape()
    {
        var c = Peek();
        index++;
        switch (c)
        {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u':
                if (index + 4 <= text.Length
                    && int.TryParse(text.Substring(index, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                {
                    index += 4;
                    return (char)code;
                }

                throw new FormatException("four hexadecimal digits after \\u");
            default:
                index--;
                throw new FormatException("a valid escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)");
        }
    }

    private void SkipWhitespace()
    {
        while (index < text.Length && text[index] is ' ' or '\t' or '\n' or '\r')
        {
            index++;
        }
    }
}
