using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace SalesPerf.LocalOrg.Pipeline;

/// <summary>Every step the organisation executed, in order; a rolled-back step stays in the log.</summary>
public sealed class StepLog : IReadOnlyList<StepLogEntry>
{
    private readonly List<StepLogEntry> _entries = [];

    public int Count => _entries.Count;

    public StepLogEntry this[int index] => _entries[index];

    public IReadOnlyList<StepLogEntry> Failures => _entries.Where(e => e.Outcome == StepOutcome.Failed).ToList();

    /// <summary>Entries of one plug-in type (full name).</summary>
    public IReadOnlyList<StepLogEntry> For(string pluginType) => _entries.Where(e => e.PluginType == pluginType).ToList();

    public void Clear() => _entries.Clear();

    public IEnumerator<StepLogEntry> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Keeps the step's place in start order; nested steps it causes come after it.</summary>
    internal int Reserve(StepLogEntry entry)
    {
        _entries.Add(entry);
        return _entries.Count - 1;
    }

    internal void Complete(int index, StepLogEntry entry)
    {
        if (index < _entries.Count)
        {
            _entries[index] = entry;
        }
    }
}
