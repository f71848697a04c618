using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using SalesPerf.Properties.Tests.Events;

namespace SalesPerf.Properties.Tests.Support;

/// <summary>
/// The won-revenue plan and the phases of a generated sequence. <see cref="Sequence"/> interleaves the chains of each
/// phase as the choices say, phase after phase, so two choice lists give two orders of the same events.
/// </summary>
public sealed record Scenario(PlanShape Plan, IReadOnlyList<Phase> Phases)
{
    /// <summary>Dated events get distinct days (the next free one in their quarter), so that no two transactions tie on their date.</summary>
    public static Scenario WithDistinctDays(PlanShape plan, IReadOnlyList<Phase> phases)
    {
        var taken = new HashSet<int>();
        SalesEvent Distinct(SalesEvent e)
        {
            if (e.Day is not int day)
            {
                return e;
            }

            var quarter = Cast.Quarters.Single(q => day >= q.FirstDay && day <= q.LastDay);
            var length = quarter.LastDay - quarter.FirstDay + 1;
            for (var step = 0; step < length; step++)
            {
                var candidate = quarter.FirstDay + ((day - quarter.FirstDay + step) % length);
                if (taken.Add(candidate))
                {
                    return e.OnDay(candidate);
                }
            }

            return e;
        }

        return new(plan, phases.Select(p => new Phase(p.Chains.Select(c => (IReadOnlyList<SalesEvent>)c.Select(Distinct).ToList()).ToList())).ToList());
    }

    public int Count => Phases.Sum(p => p.Chains.Sum(c => c.Count));

    public IReadOnlyList<SalesEvent> Sequence(IReadOnlyList<int> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var sequence = new List<SalesEvent>();
        var next = 0;
        foreach (var phase in Phases)
        {
            var queues = phase.Chains.Where(c => c.Count > 0).Select(c => new Queue<SalesEvent>(c)).ToList();
            while (queues.Count > 0)
            {
                var choice = choices.Count == 0 ? 0 : choices[next++ % choices.Count];
                var queue = queues[choice % queues.Count];
                sequence.Add(queue.Dequeue());
                if (queue.Count == 0)
                {
                    queues.Remove(queue);
                }
            }
        }

        return sequence;
    }

    public static string Print(PlanShape plan, IReadOnlyList<SalesEvent> sequence)
    {
        var text = new StringBuilder().Append("plan ").Append(plan.Name).Append(", ").Append(sequence.Count).AppendLine(" events:");
        for (var i = 0; i < sequence.Count; i++)
        {
            text.Append("  ").Append(i + 1).Append(". ").AppendLine(sequence[i].ToString());
        }

        return text.ToString();
    }
}
