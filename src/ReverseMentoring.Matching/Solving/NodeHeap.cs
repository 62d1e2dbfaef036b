namespace ReverseMentoring.Matching.Solving;

/// <summary>
/// A 4-ary min-heap of node ids with their keys, with decrease-key: each node is in it at most once, so a Dijkstra
/// search does one push per reached node instead of one per improvement. The keys sit next to the ids (no lookup in
/// an outside array per comparison) and four children per node halve the depth a pop sifts through.
/// </summary>
internal sealed class NodeHeap
{
    private readonly long[] _keys;
    private readonly int[] _items;
    private readonly int[] _position;

    public NodeHeap(int nodes)
    {
        _keys = new long[nodes];
        _items = new int[nodes];
        _position = new int[nodes];
    }

    public int Count { get; private set; }

    public void Clear() => Count = 0;

    /// <summary>Adds a node not in the heap, with key <paramref name="key"/>.</summary>
    public void Push(int node, long key) => Up(Count++, node, key);

    /// <summary>Lowers the key of a node in the heap to <paramref name="key"/>.</summary>
    public void Decrease(int node, long key) => Up(_position[node], node, key);

    /// <summary>Removes and returns a node with the smallest key.</summary>
    public int Pop()
    {
        var top = _items[0];
        var count = --Count;
        if (count > 0)
        {
            Down(_items[count], _keys[count], count);
        }

        return top;
    }

    private void Up(int at, int node, long key)
    {
        var keys = _keys;
        var items = _items;
        while (at > 0)
        {
            var parent = (at - 1) >> 2;
            if (keys[parent] <= key)
            {
                break;
            }

            keys[at] = keys[parent];
            items[at] = items[parent];
            _position[items[at]] = at;
            at = parent;
        }

        keys[at] = key;
        items[at] = node;
        _position[node] = at;
    }

    /// <summary>Sifts <paramref name="node"/> down from the root of a heap of <paramref name="count"/> items.</summary>
    private void Down(int node, long key, int count)
    {
        var keys = _keys;
        var items = _items;
        var at = 0;
        while (true)
        {
            var first = (at << 2) + 1;
            if (first >= count)
            {
                break;
            }

            var best = first;
            var bestKey = keys[first];
            var last = Math.Min(first + 4, count);
            for (var child = first + 1; child < last; child++)
            {
                if (keys[child] < bestKey)
                {
                    (best, bestKey) = (child, keys[child]);
                }
            }

            if (bestKey >= key)
            {
                break;
            }

            keys[at] = bestKey;
            items[at] = items[best];
            _position[items[at]] = at;
            at = best;
        }

        keys[at] = key;
        items[at] = node;
        _position[node] = at;
    }
}
