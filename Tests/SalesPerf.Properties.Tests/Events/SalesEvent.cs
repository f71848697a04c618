namespace SalesPerf.Properties.Tests.Events;

using SalesPerf.Properties.Tests.Support;

/// <summary>
/// One thing a rep, manager or admin does. <see cref="Apply"/> sends it to the organisation as that person would; the
/// organisation may refuse it (a fault). Events of one <see cref="Chain"/> (a deal and its splits, an invoice and its
/// payments, the statements) keep their order when a sequence is interleaved differently.
/// </summary>
public abstract record SalesEvent
{
    public abstract string Chain { get; }

    /// <summary>The day (from 2026-01-01) the event is dated, or null when it carries no date.</summary>
    public virtual int? Day => null;

    public abstract void Apply(SalesWorld world);

    /// <summary>The same event dated on another day (events without a date are returned unchanged).</summary>
    public virtual SalesEvent OnDay(int day) => this;
}
