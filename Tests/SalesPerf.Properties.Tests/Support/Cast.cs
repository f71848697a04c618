using System;
using System.Collections.Generic;
using System.Linq;

namespace SalesPerf.Properties.Tests.Support;

/// <summary>The people, quarters, deals and invoices every generated sequence acts on.</summary>
public static class Cast
{
    public const string Collector = "Carol";

    public static readonly IReadOnlyList<string> Reps = ["Alice", "Bob", "Dave", Collector];

    /// <summary>The reps credited with won revenue (deal owners and split users).</summary>
    public static readonly IReadOnlyList<string> Sellers = ["Alice", "Bob", "Dave"];

    public static readonly IReadOnlyList<Quarter> Quarters =
    [
        new("FY2026-Q1", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 3, 31, 0, 0, 0, DateTimeKind.Utc), 0, 89),
        new("FY2026-Q2", new DateTime(2026, 4, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 6, 30, 0, 0, 0, DateTimeKind.Utc), 90, 134),
    ];

    public static readonly IReadOnlyList<DealCast> Deals =
    [
        new("Deal A1", "Alice"),
        new("Deal A2", "Alice"),
        new("Deal B1", "Bob"),
        new("Deal D1", "Dave"),
    ];

    public static string OwnerOf(string deal) => Deals.Single(d => d.Name == deal).Owner;

    public static readonly IReadOnlyList<string> Invoices = ["Invoice C1", "Invoice C2"];
}
