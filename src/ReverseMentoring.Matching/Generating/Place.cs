namespace ReverseMentoring.Matching.Generating;

/// <summary>An office: city, UTC offset in hours (standard time) and the local language.</summary>
internal sealed record Place(string City, double UtcOffset, string Language)
{
    /// <summary>The offices of the made-up company, from west to east.</summary>
    public static IReadOnlyList<Place> All { get; } =
    [
        new("San Francisco", -8, "English"),
        new("New York", -5, "English"),
        new("Sao Paulo", -3, "Portuguese"),
        new("London", 0, "English"),
        new("Paris", 1, "French"),
        new("Berlin", 1, "German"),
        new("Madrid", 1, "Spanish"),
        new("Bangalore", 5.5, "Hindi"),
        new("Singapore", 8, "Mandarin"),
        new("Tokyo", 9, "Japanese"),
    ];

    /// <summary>Languages someone may speak on top of English and the local one.</summary>
    public static IReadOnlyList<string> ExtraLanguages { get; } =
        ["Spanish", "French", "German", "Mandarin", "Hindi", "Portuguese", "Arabic", "Italian"];
}
