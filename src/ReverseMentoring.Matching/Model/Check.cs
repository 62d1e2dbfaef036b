namespace ReverseMentoring.Matching.Model;

/// <summary>Precondition helpers for participant fields; each failure names participant and field.</summary>
internal static class Check
{
    public static double InRange(string id, string field, double value, double min, double max)
    {
        if (double.IsNaN(value) || value < min || value > max)
        {
            throw new ParticipantValidationException(id, field, ValidationText.Format("OutOfRange", Show(min), Show(max), Show(value)));
        }

        return value;
    }

    public static double Finite(string id, string field, double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ParticipantValidationException(id, field, ValidationText.Format("NotFinite", Show(value)));
        }

        return value;
    }

    public static string? OptionalText(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Show(double value) =>
        value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
