using System.Globalization;
using NameGender.Server.Predictions;

namespace NameGender.Server.SageMaker;

/// <summary>
/// Reads application/jsonlines: one JSON document per line, each read as <see cref="JsonNameReader"/>
/// reads a body (usually {"name": "…"}); blank lines are skipped, errors name their line.
/// </summary>
internal static class JsonLinesNameReader
{
    public static ParsedNames Read(ReadOnlyMemory<byte> body)
    {
        var names = new List<NameInput>();
        var rest = JsonNameReader.SkipByteOrderMark(body);
        var line = 0;
        while (!rest.IsEmpty)
        {
            line++;
            var end = rest.Span.IndexOf((byte)'\n');
            var current = end < 0 ? rest : rest[..end];
            rest = end < 0 ? ReadOnlyMemory<byte>.Empty : rest[(end + 1)..];

            var where = string.Create(CultureInfo.InvariantCulture, $"Line {line}");
            if (JsonNameReader.ReadDocument(current, names, where) is { } error)
            {
                return ParsedNames.Fail(error);
            }
        }

        return ParsedNames.Of(names);
    }
}
