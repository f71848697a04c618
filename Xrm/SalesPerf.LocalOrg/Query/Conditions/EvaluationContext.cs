using System;
using SalesPerf.LocalOrg.Query.Fiscal;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.LocalOrg.Query.Conditions;

/// <summary>The clock, time zone, fiscal calendar and caller one query is evaluated against (semantics doc 3.4, 3.5).</summary>
internal sealed class EvaluationContext
{
    public EvaluationContext(OrganizationSettings settings, DateTime utcNow, Guid? callerId = null)
    {
        Settings = settings;
        CallerId = callerId;
        UtcNow = DateTime.SpecifyKind(utcNow.Kind == DateTimeKind.Local ? utcNow.ToUniversalTime() : utcNow, DateTimeKind.Utc);
        LocalNow = TimeZoneInfo.ConvertTimeFromUtc(UtcNow, settings.TimeZone);
        Today = DateOnly.FromDateTime(LocalNow);
        Fiscal = new FiscalCalendar(settings);
    }

    public OrganizationSettings Settings { get; }

    /// <summary>The user the query runs as (eq-userid / ne-userid); null when the query was not sent by a user.</summary>
    public Guid? CallerId { get; }

    public DateTime UtcNow { get; }

    /// <summary>Wall-clock time in the organisation's time zone.</summary>
    public DateTime LocalNow { get; }

    public DateOnly Today { get; }

    public FiscalCalendar Fiscal { get; }

    public static DateTimeBehavior BehaviorOf(ColumnDefinition column) => column.DateBehavior ?? DateTimeBehavior.UserLocal;

    /// <summary>The calendar day a stored value falls on: UserLocal values in the organisation's zone, the others as written.</summary>
    public DateOnly LocalDate(DateTime stored, ColumnDefinition column) => DateOnly.FromDateTime(LocalDateTime(stored, column));

    public DateTime LocalDateTime(DateTime stored, ColumnDefinition column) =>
        BehaviorOf(column) == DateTimeBehavior.UserLocal
            ? TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(stored, DateTimeKind.Utc), Settings.TimeZone)
            : DateTime.SpecifyKind(stored, DateTimeKind.Unspecified);

    /// <summary>An incoming value to UTC by its kind; an unspecified kind is wall-clock time in the organisation's zone.</summary>
    public DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => TimeZoneInfo.ConvertTimeToUtc(value, Settings.TimeZone),
    };
}
