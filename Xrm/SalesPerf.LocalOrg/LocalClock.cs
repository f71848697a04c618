using System;

namespace SalesPerf.LocalOrg;

/// <summary>The organisation's "now": fixed until a test or scenario moves it. Always UTC.</summary>
public sealed class LocalClock
{
    private DateTime _utcNow;

    public LocalClock(DateTime utcNow) => UtcNow = utcNow;

    /// <summary>Setting a value of kind Local converts it; Unspecified is taken as UTC.</summary>
    public DateTime UtcNow
    {
        get => _utcNow;
        set => _utcNow = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc);
    }

    public void Advance(TimeSpan by) => UtcNow = _utcNow + by;
}
