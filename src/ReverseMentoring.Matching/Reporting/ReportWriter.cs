namespace ReverseMentoring.Matching.Reporting;

/// <summary>
/// The sections of a <see cref="PairingReport"/> in the order every format writes them; a format writes each section
/// with its own markup, the tables from the one <see cref="ReportTables"/>.
/// </summary>
internal abstract class ReportWriter
{
    protected ReportWriter(PairingReport report, TextWriter writer, ReportStrings strings)
    {
        Report = report;
        Strings = strings;
        Tables = new ReportTables(report, strings);
        Out = writer;
    }

    /// <summary>The words of the report's language.</summary>
    protected ReportStrings Strings { get; }

    protected PairingReport Report { get; }

    protected ReportTables Tables { get; }

    protected TextWriter Out { get; }

    public void Write()
    {
        Begin();
        Summary();
        Histogram();
        Coverage();
        Departments();
        Pairs();
        Unmatched();
        End();
    }

    protected abstract void Begin();

    protected abstract void Summary();

    protected abstract void Histogram();

    protected abstract void Coverage();

    protected abstract void Departments();

    protected abstract void Pairs();

    protected abstract void Unmatched();

    /// <summary>Closes the document after the last section; nothing by default.</summary>
    protected virtual void End()
    {
    }
}
