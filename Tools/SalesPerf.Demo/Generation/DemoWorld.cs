using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Demo.Generation;

/// <summary>The generator's ids and facts shared by its sections (all seeded).</summary>
internal sealed class DemoWorld
{
    public DemoWorld(DemoOptions options, PlanBuilder builder)
    {
        Options = options;
        Builder = builder;
        Start = new DateTime(options.FiscalYear, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        BusinessEnd = Start.AddMonths(options.BusinessMonths).AddDays(-1).AddHours(18);
        SetupAt = Start.AddHours(8);
        BaseCurrency = new EntityReference("transactioncurrency", builder.NewId());
    }

    public DemoOptions Options { get; }

    public PlanBuilder Builder { get; }

    public DateTime Start { get; }

    public DateTime SetupAt { get; }

    /// <summary>The last moment of simulated business (18:00 UTC of the last day).</summary>
    public DateTime BusinessEnd { get; }

    /// <summary>A placeholder the runner maps to the organisation's base currency.</summary>
    public EntityReference BaseCurrency { get; }

    public EntityReference Usd { get; set; } = new("transactioncurrency", Guid.Empty);

    public decimal UsdPerCny { get; } = 0.14m;

    public EntityReference PriceList { get; set; } = new("pricelevel", Guid.Empty);

    public EntityReference Unit { get; set; } = new("uom", Guid.Empty);

    public List<(EntityReference Ref, decimal Price)> Products { get; } = [];

    public List<DemoPerson> Managers { get; } = [];

    public List<DemoPerson> Reps { get; } = [];

    public Dictionary<string, Guid> TeamIds { get; } = [];

    public Dictionary<Guid, List<EntityReference>> Accounts { get; } = [];

    public Dictionary<string, EntityReference> Kpis { get; } = [];

    public Dictionary<string, EntityReference> KpiSets { get; } = [];

    public Dictionary<string, EntityReference> Periods { get; } = [];

    /// <summary>Each rep's role KPI set key (<see cref="DemoRoles"/>), by rep id.</summary>
    public Dictionary<Guid, string> Roles { get; } = [];

    /// <summary>Every generated opportunity: its owner (rep id), customer and creation moment (visits lead up to some of them).</summary>
    public List<(Guid Rep, EntityReference Account, DateTime Created)> Opportunities { get; } = [];

    /// <summary>Each rep's year revenue target (by rep id): the target an OKR key result tracks.</summary>
    public Dictionary<Guid, EntityReference> YearRevenueTargets { get; } = [];

    public EntityReference HunterPlan { get; set; } = new("spm_commissionplan", Guid.Empty);

    public EntityReference AccountManagerPlan { get; set; } = new("spm_commissionplan", Guid.Empty);

    public static EntityReference User(Guid id) => new("systemuser", id);
}
