using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NameGender.Core.Serialization;

namespace NameGender.Core.Models;

/// <summary>
/// Reads and writes the one-file model: a zip archive of manifest.json, the lookup, the trigram
/// profile and the ML.NET character model. The manifest carries the SHA-256 of every other entry;
/// loading checks the format version and every checksum before anything is used.
/// </summary>
public static class ModelFile
{
    public const string Extension = ".ngmodel";

    private const string ManifestEntry = "manifest.json";
    private const string LookupEntry = "lookup.bin";
    private const string TrigramsEntry = "trigrams.tsv";
    private const string CharacterModelEntry = "character-model.zip";

    /// <summary>
    /// Writes the model to <paramref name="path"/> through a temporary file and a rename, so readers
    /// never see half a file. Returns the model with its final manifest (id and checksums).
    /// </summary>
    public static GenderModel Save(GenderModel model, string path)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        var payload = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            [LookupEntry] = Serialize(s => LookupCodec.Write(model.Lookup, s)),
            [TrigramsEntry] = Serialize(s => TrigramCodec.Write(model.Trigrams, s)),
            [CharacterModelEntry] = Serialize(model.Characters.Save),
        };
        var checksums = payload.ToDictionary(e => e.Key, e => Sha256(e.Value), StringComparer.Ordinal);
        var manifest = model.Manifest with
        {
            FormatVersion = ModelManifest.CurrentFormatVersion,
            ModelId = ModelIdOf(checksums, model.Manifest.Predictor),
            Checksums = checksums,
        };

        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var file = File.Create(temporary))
            using (var zip = new ZipArchive(file, ZipArchiveMode.Create))
            {
                AddEntry(zip, ManifestEntry, JsonSerializer.SerializeToUtf8Bytes(manifest, NameGenderJson.Indented), manifest);
                foreach (var (name, bytes) in payload)
                {
                    AddEntry(zip, name, bytes, manifest);
                }
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        return model.WithManifest(manifest);
    }

    /// <summary>Loads and verifies a model file; throws <see cref="ModelFormatException"/> with the reason.</summary>
    public static GenderModel Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        if (!File.Exists(path))
        {
            throw new ModelFormatException($"Model file '{path}' does not exist.");
        }

        using var stream = File.OpenRead(path);
        return Load(stream, path);
    }

    public static GenderModel Load(Stream stream, string displayName)
    {
        ArgumentNullException.ThrowIfNull(stream);

        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var manifest = ReadManifest(zip, displayName);
            var entries = ReadVerifiedEntries(zip, manifest, displayName);

            var lookup = LookupCodec.Read(new MemoryStream(entries[LookupEntry]), manifest);
            var trigrams = TrigramCodec.Read(new MemoryStream(entries[TrigramsEntry]), manifest.Predictor.NotAName);
            var neighbours = SpellingNeighbours.FromLookup(lookup);
            var characters = CharacterModel.Load(new MemoryStream(entries[CharacterModelEntry]), neighbours);
            return new GenderModel(manifest, lookup, characters, trigrams);
        }
        catch (InvalidDataException e)
        {
            throw new ModelFormatException(
                $"'{displayName}' is not a readable NameGender model file ({e.Message}).", e);
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or InvalidOperationException)
        {
            throw new ModelFormatException($"'{displayName}' is corrupt: {e.Message}", e);
        }
    }

    private static ModelManifest ReadManifest(ZipArchive zip, string displayName)
    {
        var entry = zip.GetEntry(ManifestEntry)
            ?? throw new ModelFormatException(
                $"'{displayName}' is not a NameGender model file: it has no {ManifestEntry}.");

        ModelManifest? manifest;
        using (var stream = entry.Open())
        {
            try
            {
                manifest = JsonSerializer.Deserialize<ModelManifest>(stream, NameGenderJson.Options);
            }
            catch (JsonException e)
            {
                throw new ModelFormatException(
                    $"'{displayName}' has an unreadable {ManifestEntry}: {e.Message}", e);
            }
        }

        if (manifest is null)
        {
            throw new ModelFormatException($"'{displayName}' has an empty {ManifestEntry}.");
        }

        if (manifest.FormatVersion != ModelManifest.CurrentFormatVersion)
        {
            throw new ModelFormatException(
                $"'{displayName}' is model format version {manifest.FormatVersion}; this build reads " +
                $"version {ModelManifest.CurrentFormatVersion}. Retrain it with this build, or use the " +
                "namegender release that wrote it.");
        }

        return manifest;
    }

    private static Dictionary<string, byte[]> ReadVerifiedEntries(
        ZipArchive zip, ModelManifest manifest, string displayName)
    {
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in new[] { LookupEntry, TrigramsEntry, CharacterModelEntry })
        {
            if (!manifest.Checksums.TryGetValue(name, out var expected))
            {
                throw new ModelFormatException($"'{displayName}' is corrupt: its manifest has no checksum for {name}.");
            }

            var entry = zip.GetEntry(name)
                ?? throw new ModelFormatException($"'{displayName}' is corrupt: the entry {name} is missing.");

            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var bytes = buffer.ToArray();

            var actual = Sha256(bytes);
            if (!string.Equals(actual, expected, StringComparison.Ordinal))
            {
                throw new ModelFormatException(
                    $"'{displayName}' is corrupt: {name} has SHA-256 {actual}, its manifest says {expected}.");
            }

            entries[name] = bytes;
        }

        return entries;
    }

    private static void AddEntry(ZipArchive zip, string name, byte[] bytes, ModelManifest manifest)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize);
        entry.LastWriteTime = manifest.CreatedAt;
        using var stream = entry.Open();
        stream.Write(bytes);
    }

    private static byte[] Serialize(Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        return buffer.ToArray();
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    // The id covers what decides the answers: the learned entries and the predictor's defaults, so a
    // model whose threshold was tuned is told apart from the one it was tuned from.
    private static string ModelIdOf(IReadOnlyDictionary<string, string> checksums, PredictorDefaults predictor)
    {
        var entries = checksums.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}");
        var defaults = JsonSerializer.Serialize(predictor, NameGenderJson.Options);
        var all = string.Join('\n', [.. entries, $"predictor={defaults}"]);
        return Sha256(Encoding.UTF8.GetBytes(all))[..12];
    }
}
