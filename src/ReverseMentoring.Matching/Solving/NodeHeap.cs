namespace ReverseMentoring.Matching.Solving;

/// <summary>
/// A binary min-heap of node ids keyed by an outside distance array, with decrease-key: each node is in it at most
/// once, so a Dijkstra search does one push per reached node instead of one per improvement.
/// </summary>
internal sealed class NodeHeap
{
    private readonly long[] _key;
    private readonly int[] _items;
    private readonly int[] _position;

    public NodeHeap(long[] key)
    {
        _key = key;
        _items = new int[key.Length];
        _position = new int[key.Length];
    }

    public int Count { get; private set; }

    public void Clear() => Count = 0;

    /// <summary>Adds a node not in the heap, at its current key.</summary>
    public void Push(int node)
    {
        _items[Count] = node;
        _position[node] = Count;
        Up(Count++);
    }

    /// <summary>Restores the order after the node's key went down.</summary>
    public void Decreased(int node) => Up(_position[node]);

    /// <summary>Removes and returns a node with the smallest key.</summary>
    public int Pop()
    {
        var top = _items[0];
        var last = _items[--Count];
        if (Count > 0)
        {
            _items[0] = last;
            _position[last] = 0;
            Down(0);
        }

        return top;
    }

    private void Up(int at)
    {
        var node = _items[at];
        var key = _key[node];
        while (at > 0)
        {
            var parent = (at - 1) / 2;
            if (_key[_items[parent]] <= key)
            {
                break;
            }

            _items[at] = _items[parent];
            _position[_items[at]] = at;
            at = parent;
        }

        _items[at] = node;
        _position[node] = at;
    }

    private void Down(int at)
    {
        var node = _items[at];
        var key = _key[node];
        while (true)
        {
            var child = (2 * at) + 1;
            if (child >= Count)
            {
                break;
            }

            if (child + 1 < Count && _key[_items[child + 1]] < _key[_items[child]])
            {
                child++;
            }

            if (_key[_items[child]] >= key)
            {
                break;
            }

            _items[at] = _items[child];
            _position[_items[at]] = at;
            at = child;
        }

        _items[at] = node;
        _position[node] = at;
    }
}
