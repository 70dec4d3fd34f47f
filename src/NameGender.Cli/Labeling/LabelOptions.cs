using System.Text;
using NameGender.Core.Data;

namespace NameGender.Cli.Labeling;

/// <summary>What <see cref="CsvLabeler"/> reads, how, and whom it tells along the way.</summary>
internal sealed record LabelOptions
{
    /// <summary>
    /// Distinct (name, birth period, country) triples the labeler remembers. Files of people repeat their
    /// first names over and over, so the cache answers most rows; it is bounded because a column of
    /// unique values (ids chosen by mistake) would otherwise grow it with the file. About 150 bytes
    /// an entry: 15 MB at most.
    /// </summary>
    public const int DefaultCacheCapacity = 100_000;

    private readonly char _delimiter = ',';
    private readonly int _cacheCapacity = DefaultCacheCapacity;

    /// <summary>The header name of the column holding the names.</summary>
    public required string Column { get; init; }

    /// <summary>The header name of a column of birth years (1950-1969, 1955, 1950s), if any.</summary>
    public string? BornColumn { get; init; }

    /// <summary>Birth years for every row, or for the rows whose born column is blank.</summary>
    public YearPeriod? Born { get; init; }

    /// <summary>The header name of a column of ISO 3166-1 alpha-2 country codes, if any.</summary>
    public string? CountryColumn { get; init; }

    /// <summary>The country of every row, or of the rows whose country column is blank.</summary>
    public string? Country { get; init; }

    /// <summary>The field delimiter of the input, used for the output too. An ASCII character.</summary>
    public char Delimiter
    {
        get => _delimiter;
        init
        {
            if (!char.IsAscii(value) || value is '"' or '\r' or '\n')
            {
                throw new ArgumentOutOfRangeException(
                    nameof(value),
                    value,
                    "The delimiter must be an ASCII character other than a quote or a line break.");
            }

            _delimiter = value;
        }
    }

    /// <summary>The input's encoding; null reads UTF-8, or what a byte order mark says.</summary>
    public Encoding? Encoding { get; init; }

    /// <summary>Put before the added column names with an underscore: P_gender, P_p_female, ...</summary>
    public string? Prefix { get; init; }

    /// <summary>The input's name in messages, e.g. people.csv.</summary>
    public string FileName { get; init; } = "input";

    public int CacheCapacity
    {
        get => _cacheCapacity;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _cacheCapacity = value;
        }
    }

    /// <summary>Called for each unreadable row as it is found.</summary>
    public Action<UnreadableRow>? OnUnreadableRow { get; init; }

    /// <summary>Called now and then with the number of input bytes read so far.</summary>
    public Action<long>? OnProgress { get; init; }
}
