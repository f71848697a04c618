using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace SalesPerf.Domain.Commission;

/// <summary>
/// An immutable list with value equality, so that records holding lists (plans, statements) compare by content and a
/// recomputation from the same sources is <c>Equals</c> to the first. System.Collections.Immutable is not available to
/// a sandboxed plug-in on .NET Framework 4.6.2 without shipping a second assembly.
/// </summary>
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] _items;

    private ValueList(T[] items) => _items = items;

    public static ValueList<T> Empty { get; } = new(Array.Empty<T>());

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public static ValueList<T> From(IEnumerable<T>? items) =>
        items is null ? Empty : new ValueList<T>(items.ToArray());

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public bool Equals(ValueList<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || _items.SequenceEqual(other._items, EqualityComparer<T>.Default));

    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    public override int GetHashCode()
    {
        unchecked
        {
            var hash = 17;
            foreach (var item in _items)
            {
                hash = (hash * 31) + (item is null ? 0 : EqualityComparer<T>.Default.GetHashCode(item));
            }

            return hash;
        }
    }

    public override string ToString() => "[" + string.Join(", ", _items.Select(i => i?.ToString())) + "]";
}
