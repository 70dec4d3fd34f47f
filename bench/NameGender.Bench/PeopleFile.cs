using System.Globalization;
using CsvHelper;
using NameGender.Core.Models;

namespace NameGender.Bench;

/// <summary>
/// The benchmark input: id, first_name, surname, email, rating. Generated once per model, row
/// count and seed, and kept in bench/.data, so every run times the same bytes.
/// </summary>
internal static class PeopleFile
{
    // Surnames are built from syllables: the labeler never reads them, they give rows a real width.
    private static readonly string[] Onsets =
        ["b", "br", "c", "ch", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "st", "t", "w"];

    private static readonly string[] Middles =
        ["a", "e", "i", "o", "u", "ar", "er", "or", "al", "el", "an", "en", "in", "on"];

    private static readonly string[] Codas =
        ["son", "ton", "ley", "man", "s", "er", "ford", "wood", "field", "berg", "ez", "ini", "sky", "well"];

    public static string Ensure(string dataDirectory, GenderModel model, int rows, int seed)
    {
        var name = string.Create(
            CultureInfo.InvariantCulture, $"people-{model.Manifest.ModelId}-{rows}-{seed}.csv");
        var path = Path.Combine(dataDirectory, name);
        if (File.Exists(path))
        {
            return path;
        }

        Directory.CreateDirectory(dataDirectory);
        var temporary = path + ".tmp";
        Write(temporary, model, rows, seed);
        File.Move(temporary, path, overwrite: true);
        return path;
    }

    private static void Write(string path, GenderModel model, int rows, int seed)
    {
        var random = new Random(seed);
        var names = new NameSampler(model.Lookup, random);
        var surnames = Surnames(random, 2_000);

        using var writer = CsvWriter.ToFile(path, CsvWriterOptions.Default with { NewLine = "\n" });
        writer.WriteHeader(["id", "first_name", "surname", "email", "rating"]);
        for (var id = 1; id <= rows; id++)
        {
            var first = names.Next();
            var surname = surnames[random.Next(surnames.Length)];
            writer.WriteField(id, default);
            writer.WriteField(first);
            writer.WriteField(surname);
            writer.WriteField(string.Create(
                CultureInfo.InvariantCulture,
                $"{first.ToLowerInvariant()}.{surname.ToLowerInvariant()}{id % 97}@example.com"));
            writer.WriteField(random.Next(10, 51) / 10.0, "0.0");
            writer.EndRecord();
        }
    }

    private static string[] Surnames(Random random, int count) =>
        [.. Enumerable.Range(0, count).Select(_ =>
        {
            var syllables = string.Concat(
                Onsets[random.Next(Onsets.Length)],
                Middles[random.Next(Middles.Length)],
                Codas[random.Next(Codas.Length)]);
            return string.Concat(char.ToUpperInvariant(syllables[0]).ToString(), syllables.AsSpan(1));
        })];
}
