using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ReverseMentoring.Matching.Tests.Integration;

/// <summary>One captured log event: level, id, the formatted message and the structured values.</summary>
public sealed record CapturedEvent(LogLevel Level, EventId Id, string Message, IReadOnlyList<KeyValuePair<string, object?>> State, Exception? Exception)
{
    public object? Value(string name) => State.Single(kv => kv.Key == name).Value;

    /// <summary>Everything a log sink could write: the message, every structured value and the exception.</summary>
    public IEnumerable<string> AllText() =>
        State.Select(kv => $"{kv.Key}={kv.Value}").Append(Message).Append(Exception?.ToString() ?? string.Empty);
}

/// <summary>A test logger that keeps every event at every level.</summary>
public sealed class CapturingLogger<T> : ILogger<T>
{
    private readonly ConcurrentQueue<CapturedEvent> _events = new();

    public IReadOnlyList<CapturedEvent> Events => [.. _events];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var values = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
        _events.Enqueue(new CapturedEvent(logLevel, eventId, formatter(state, exception), [.. values], exception));
    }
}
