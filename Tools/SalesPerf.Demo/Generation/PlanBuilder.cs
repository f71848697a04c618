using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Demo.Generation;

/// <summary>Collects steps; ids and random choices come from one seeded generator, so a seed fixes everything.</summary>
internal sealed class PlanBuilder
{
    private readonly List<(DateTime At, int Sequence, DemoStep Step)> _steps = [];

    public PlanBuilder(int seed) => Random = new Random(seed);

    public Random Random { get; }

    public Guid NewId()
    {
        var bytes = new byte[16];
        Random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    public decimal Between(decimal low, decimal high) => low + ((high - low) * (decimal)Random.NextDouble());

    public bool Chance(double probability) => Random.NextDouble() < probability;

    public void Add(DateTime at, string label, OrganizationRequest request) => _steps.Add((at, _steps.Count, new DemoStep(at, label, request)));

    /// <summary>Creates the row with its (seeded) id already set; returns a reference to it.</summary>
    public EntityReference Create(DateTime at, string label, Entity row)
    {
        if (row.Id == Guid.Empty)
        {
            row.Id = NewId();
        }

        Add(at, label, new OrganizationRequest("Create") { ["Target"] = row });
        return row.ToEntityReference();
    }

    public void Execute(DateTime at, string label, string requestName, params (string Name, object Value)[] parameters)
    {
        var request = new OrganizationRequest(requestName);
        foreach (var (name, value) in parameters)
        {
            request[name] = value;
        }

        Add(at, label, request);
    }

    /// <summary>Steps in time order; steps of one moment keep the order they were added in.</summary>
    public IReadOnlyList<DemoStep> Steps() => _steps.OrderBy(s => s.At).ThenBy(s => s.Sequence).Select(s => s.Step).ToList();
}
