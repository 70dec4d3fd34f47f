using CsvHelper;

namespace NameGender.Bench;

/// <summary>
/// The floor the labeler is measured against: CsvHelper reading every field of the file and
/// writing it back, with the labeler's buffer sizes and nothing else.
/// </summary>
internal static class CopyBaseline
{
    private const int BufferSize = 1 << 20;

    public static long Copy(Stream input, Stream output)
    {
        var readerOptions = CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = true,
            BufferSize = BufferSize,
        };
        var writerOptions = CsvWriterOptions.Default with
        {
            NewLine = "\n",
            ValidateFieldCount = false,
            BufferSize = BufferSize,
        };
        using var reader = CsvReader.Create(input, readerOptions, leaveOpen: true);
        using var writer = CsvWriter.Create(output, writerOptions, leaveOpen: true);

        foreach (var name in reader.Headers)
        {
            writer.WriteField(name);
        }

        writer.EndRecord();
        long rows = 0;
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                writer.WriteField(reader.GetSpan(i));
            }

            writer.EndRecord();
            rows++;
        }

        return rows;
    }
}
