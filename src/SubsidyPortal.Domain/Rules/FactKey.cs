using System.Collections.Concurrent;

namespace SubsidyPortal.Domain.Rules;

/// <summary>
/// An input key with a slot number, so <see cref="Facts"/> can read a value by array index instead of hashing the
/// key on every condition. Only keys the code itself names (interned literals and keys a condition is built with)
/// get a slot: keys arriving in requests never do, so the table stays as small as the catalog.
/// </summary>
public sealed class FactKey
{
    private static readonly object Gate = new();
    private static readonly ConcurrentDictionary<string, FactKey> ByName = new(StringComparer.Ordinal);

    // Clauses ask with string literals, which are interned: finding those by reference skips hashing characters.
    private static readonly ConcurrentDictionary<string, FactKey> ByReference = new(ReferenceEqualityComparer.Instance);
    private static int _count;

    private FactKey(string name, int slot)
    {
        Name = name;
        Slot = slot;
    }

    public string Name { get; }

    internal int Slot { get; }

    /// <summary>How many slots exist now; a <see cref="Facts"/> built now has room for each.</summary>
    public static int Count => Volatile.Read(ref _count);

    /// <summary>The key for a name the code uses (a condition's input key); registers it once.</summary>
    public static FactKey Of(string name)
    {
        if (ByReference.TryGetValue(name, out var key) || ByName.TryGetValue(name, out key))
        {
            return key;
        }

        lock (Gate)
        {
            if (!ByName.TryGetValue(name, out key))
            {
                var interned = string.Intern(name);
                key = new FactKey(interned, _count);
                ByName[interned] = key;
                ByReference[interned] = key;
                Volatile.Write(ref _count, _count + 1);
            }
        }

        return key;
    }

    /// <summary>
    /// The key for a name read at run time, registering it only when the program's own text contains it
    /// (string.IsInterned), so a request cannot grow the table with made-up keys.
    /// </summary>
    internal static FactKey? Find(string name)
    {
        if (ByReference.TryGetValue(name, out var key) || ByName.TryGetValue(name, out key))
        {
            return key;
        }

        return string.IsInterned(name) is { } interned ? Of(interned) : null;
    }

    public override string ToString() => Name;
}
