using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SalesPerf.Plugins.Messages;

namespace SalesPerf.Plugins.TargetPlanning;

/// <summary>
/// Where a sliced <c>spm_Recalculate</c> run stands: the request it belongs to (period and owner), the period being
/// worked on, the stage inside it, the page of that stage (number and the platform's paging cookie) and what was done
/// so far (for the estimate of what remains). Callers see an opaque, versioned token: "v1." + base64url payload + "." +
/// a SHA-256 check of the payload. The check finds a cursor that was edited, cut or belongs to another request; it is
/// not a secret (the cursor only says where to continue, and every slice still runs with the caller's privileges).
/// </summary>
public sealed record RecalculationCursor(
    string Scope, Guid PeriodId, RecalculationStage Stage, int Page, string? Cookie, int RowsDone, int PeriodsDone)
{
    public const string Version = "v1";
    private const char Separator = '|';

    /// <summary>The first slice of the first period of a run.</summary>
    public static RecalculationCursor Start(string scope, Guid firstPeriodId) =>
        new(scope, firstPeriodId, RecalculationStage.Targets, 1, null, 0, 0);

    /// <summary>The request a cursor belongs to: its period and owner (empty when absent).</summary>
    public static string ScopeOf(Guid? periodId, Guid? ownerId) =>
        (periodId?.ToString("N") ?? "-") + ":" + (ownerId?.ToString("N") ?? "-");

    public string Encode()
    {
        var payload = string.Join(
            Separator.ToString(),
            Scope,
            PeriodId.ToString("N"),
            ((int)Stage).ToString(CultureInfo.InvariantCulture),
            Page.ToString(CultureInfo.InvariantCulture),
            Cookie is null ? "-" : Base64Url(Encoding.UTF8.GetBytes(Cookie)),
            RowsDone.ToString(CultureInfo.InvariantCulture),
            PeriodsDone.ToString(CultureInfo.InvariantCulture));
        return Version + "." + Base64Url(Encoding.UTF8.GetBytes(payload)) + "." + Check(payload);
    }

    /// <summary>Reads a token written by <see cref="Encode"/> for the request <paramref name="scope"/>.</summary>
    /// <exception cref="CursorRejectedException">The rule the token breaks (SPM-RCL-002 changed, SPM-RCL-003 another request).</exception>
    public static RecalculationCursor Decode(string token, string scope)
    {
        var cursor = Read(token);
        if (!string.Equals(cursor.Scope, scope, StringComparison.Ordinal))
        {
            throw new CursorRejectedException(RecalculationMessages.CursorOfAnotherRequest, "scope " + cursor.Scope + " is not " + scope);
        }

        return cursor;
    }

    /// <summary>Reads a token written by <see cref="Encode"/> whatever request it belongs to; the caller checks <see cref="Scope"/>.</summary>
    /// <exception cref="CursorRejectedException">SPM-RCL-002: the token was changed, cut or written by another version.</exception>
    public static RecalculationCursor Read(string token)
    {
        var parts = (token ?? string.Empty).Split('.');
        if (parts.Length != 3)
        {
            throw Changed("not a SalesPerf recalculation cursor");
        }

        if (!string.Equals(parts[0], Version, StringComparison.Ordinal))
        {
            throw Changed("version '" + parts[0] + "' is not " + Version);
        }

        var payload = Text(parts[1]);
        if (!string.Equals(Check(payload), parts[2], StringComparison.Ordinal))
        {
            throw Changed("the check does not match");
        }

        var fields = payload.Split(Separator);
        if (fields.Length != 7)
        {
            throw Changed("the check does not match");
        }

        if (!Guid.TryParseExact(fields[1], "N", out var period)
            || !int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var stage)
            || !Enum.IsDefined(typeof(RecalculationStage), stage)
            || !int.TryParse(fields[3], NumberStyles.None, CultureInfo.InvariantCulture, out var page) || page < 1
            || !int.TryParse(fields[5], NumberStyles.None, CultureInfo.InvariantCulture, out var rows)
            || !int.TryParse(fields[6], NumberStyles.None, CultureInfo.InvariantCulture, out var periods))
        {
            throw Changed("the check does not match");
        }

        var cookie = fields[4] == "-" ? null : Text(fields[4]);
        return new RecalculationCursor(fields[0], period, (RecalculationStage)stage, page, cookie, rows, periods);
    }

    private static CursorRejectedException Changed(string detail) => new(RecalculationMessages.CursorChanged, detail);

    private static string Check(string payload)
    {
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes("SalesPerf.Recalculate." + Version + Separator + payload));
        var text = new StringBuilder(32);
        for (var i = 0; i < 16; i++)
        {
            text.Append(hash[i].ToString("x2", CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Text(string base64Url)
    {
        var padded = base64Url.Replace('-', '+').Replace('_', '/');
        padded += new string('=', (4 - padded.Length % 4) % 4);
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(padded));
        }
        catch (FormatException)
        {
            throw Changed("the check does not match");
        }
    }
}
