using System.Globalization;
using System.Text;

namespace ReverseMentoring.Matching.IO;

/// <summary>
/// The text of a CSV file as the CSV parser reads it: streamed (the file is never held whole), without a leading
/// byte-order mark, each line checked against <see cref="ParticipantReadLimits.MaxLineLength"/> before the parser
/// buffers it, and, when read from a stream, decoded as strict UTF-8 with a bad byte reported at its line.
/// </summary>
/// <remarks>The first line is read ahead (<see cref="FirstLine"/>) so the separator can be detected from it.</remarks>
internal sealed class CsvText : TextReader
{
    private const int ChunkBytes = 16 * 1024;

    private readonly TextReader? _reader;
    private readonly Stream? _stream;
    private readonly Decoder? _decoder;
    private readonly byte[] _bytes = [];
    private readonly string _source;
    private readonly int _maxLineLength;
    private readonly StringBuilder _ahead = new();
    private int _aheadAt;
    private int _byteStart;
    private int _byteEnd;
    private bool _streamEnded;
    private int _line = 1;
    private int _lineLength;

    private CsvText(TextReader? reader, Stream? stream, string source, int maxLineLength)
    {
        _reader = reader;
        _stream = stream;
        if (stream is not null)
        {
            _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
            _bytes = new byte[ChunkBytes];
        }

        _source = source;
        _maxLineLength = maxLineLength;
        ReadFirstLine();
    }

    /// <summary>The first line (a quoted cell may span lines), for separator detection; at most one line's limit long.</summary>
    public string FirstLine { get; private set; } = string.Empty;

    /// <summary>Text that a caller (or <see cref="StreamReader"/>) has already decoded.</summary>
    public static CsvText Of(TextReader reader, string source, ParticipantReadLimits limits) =>
        new(reader, null, source, limits.MaxLineLength);

    /// <summary>UTF-8 bytes; the stream is left open.</summary>
    public static CsvText Of(Stream stream, string source, ParticipantReadLimits limits) =>
        new(null, stream, source, limits.MaxLineLength);

    public override int Read(Span<char> buffer)
    {
        int count;
        if (_aheadAt < _ahead.Length)
        {
            count = Math.Min(buffer.Length, _ahead.Length - _aheadAt);
            _ahead.CopyTo(_aheadAt, buffer[..count], count);
            _aheadAt += count;
        }
        else
        {
            count = ReadSource(buffer);
        }

        Count(buffer[..count]);
        return count;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 0 ? -1 : one[0];
    }

    public override int Peek() => -1;

    /// <summary>Reads ahead up to the end of the first line outside quotes, dropping a byte-order mark.</summary>
    private void ReadFirstLine()
    {
        Span<char> chunk = stackalloc char[1024];
        var inQuotes = false;
        while (_ahead.Length <= _maxLineLength)
        {
            var read = ReadSource(chunk);
            if (read == 0)
            {
                break;
            }

            var text = chunk[..read];
            if (_ahead.Length == 0 && text[0] == '\uFEFF')
            {
                text = text[1..];
            }

            _ahead.Append(text);
            foreach (var c in text)
            {
                inQuotes ^= c == '"';
                if (!inQuotes && c == '\n')
                {
                    FirstLine = _ahead.ToString();
                    return;
                }
            }
        }

        FirstLine = _ahead.ToString();
    }

    private int ReadSource(Span<char> buffer)
    {
        if (_reader is not null)
        {
            return _reader.Read(buffer);
        }

        while (true)
        {
            if (_byteStart == _byteEnd && !_streamEnded)
            {
                _byteStart = 0;
                _byteEnd = _stream!.Read(_bytes);
                _streamEnded = _byteEnd == 0;
            }

            var bytes = _bytes.AsSpan(_byteStart, _byteEnd - _byteStart);
            try
            {
                _decoder!.Convert(bytes, buffer, flush: _streamEnded, out var used, out var produced, out _);
                _byteStart += used;
                if (produced > 0 || _streamEnded)
                {
                    return produced;
                }
            }
            catch (DecoderFallbackException e)
            {
                throw NotUtf8(bytes, Math.Max(0, e.Index), e);
            }
        }
    }

    /// <summary>Counts lines in text handed to the parser, and refuses a line over the limit.</summary>
    private void Count(ReadOnlySpan<char> text)
    {
        while (true)
        {
            var newline = text.IndexOf('\n');
            _lineLength += newline < 0 ? text.Length : newline;
            if (_lineLength > _maxLineLength + 1)
            {
                // +1: the '\r' of a Windows line ending is no character of the line.
                throw new CsvFormatException(
                    _source,
                    _line,
                    1,
                    InputText.Format(
                        "CsvLineTooLong",
                        _maxLineLength.ToString("N0", CultureInfo.InvariantCulture),
                        ParticipantReadLimits.Allows(nameof(ParticipantReadLimits.MaxLineLength), _maxLineLength)));
            }

            if (newline < 0)
            {
                return;
            }

            _line++;
            _lineLength = 0;
            text = text[(newline + 1)..];
        }
    }

    /// <summary>The bad byte's place: the text before it in this chunk is valid, and lines before the chunk are counted.</summary>
    private CsvFormatException NotUtf8(ReadOnlySpan<byte> chunk, int badAt, Exception inner)
    {
        var before = Encoding.UTF8.GetString(chunk[..Math.Min(badAt, chunk.Length)]).AsSpan();
        // Text read ahead but not yet handed out holds no bad byte: the first line is read before anything is handed out.
        before = _aheadAt < _ahead.Length ? string.Concat(_ahead.ToString(_aheadAt, _ahead.Length - _aheadAt), before.ToString()) : before;
        var lastNewline = before.LastIndexOf('\n');
        var line = _line + before.Count('\n');
        var character = (lastNewline < 0 ? _lineLength + before.Length : before.Length - lastNewline - 1) + 1;
        var value = badAt < chunk.Length ? chunk[badAt] : (byte)0;
        return new CsvFormatException(
            _source,
            line,
            1,
            InputText.Format("CsvNotUtf8", value.ToString("X2", CultureInfo.InvariantCulture), character.ToString(CultureInfo.InvariantCulture)),
            inner);
    }
}
