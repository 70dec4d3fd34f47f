using System.Globalization;
using NameGender.Core.Data;
using NameGender.Core.Models;
using NameGender.Core.Names;

namespace NameGender.Core.Predictions;

/// <summary>
/// The hybrid predictor: counted evidence for names the data saw, smoothed towards the character
/// model's guess; the character model alone for names it did not see; unknown when neither can be
/// trusted. Thread-safe: one instance serves every caller.
/// </summary>
/// <remarks>
/// With a country, that country's evidence decides when it has any; when it has none, the other
/// countries' evidence answers with less weight; only then the character model. Without a country,
/// each country's own estimate is pooled (see <see cref="CountryPooling"/>), and a name whose
/// countries confidently disagree is unknown with that reason.
/// </remarks>
public sealed class GenderPredictor
{
    private readonly GenderModel _model;
    private readonly CountryPooling _pooling;
    private readonly double _strength;

    public GenderPredictor(GenderModel model, PredictorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);

        var error = options?.Validate();
        if (error is not null)
        {
            throw new ArgumentException(error, nameof(options));
        }

        _model = model;
        _pooling = model.Manifest.Predictor.Pooling;
        _strength = model.Manifest.Predictor.PriorStrength;
        Threshold = options?.Threshold ?? model.Manifest.Predictor.Threshold;
    }

    public GenderModel Model => _model;

    /// <summary>The unknown threshold in force.</summary>
    public double Threshold { get; }

    /// <summary>
    /// Predicts for one raw input, optionally for people born within <paramref name="born"/> and
    /// in <paramref name="country"/> (ISO 3166-1 alpha-2, any case).
    /// </summary>
    public Prediction Predict(string input, YearPeriod? born = null, string? country = null)
    {
        ArgumentNullException.ThrowIfNull(input);

        var name = ReadName(input);
        if (!name.IsUsable)
        {
            return new Prediction(input, null, Gender.Unknown, null, 0, PredictionSource.None, name.Reason);
        }

        var askedCountry = CountryCode.TryNormalize(country, out var code) ? code : null;
        foreach (var key in name.Candidates)
        {
            if (_model.Lookup.TryGet(key, out var evidence)
                && TryFromLookup(input, key, evidence, born, askedCountry) is { } found)
            {
                return found;
            }
        }

        return FromCharacterModel(input, name.ModelKey!);
    }

    // A lone title ("Mrs", "Dr") names nobody, unless the model's data record that very word as a
    // given name (SSA has about 2,000 births each of Lady and Sir): then the data answer.
    private NormalizedName ReadName(string input)
    {
        var name = NameNormalizer.Normalize(input);
        if (name.IsUsable || !string.Equals(name.Reason, NameNormalizer.TitleOnlyReason, StringComparison.Ordinal))
        {
            return name;
        }

        var recorded = NameNormalizer.NormalizeRecordedName(input);
        return recorded.IsUsable && _model.Lookup.TryGet(recorded.ModelKey!, out _) ? recorded : name;
    }

    private Prediction? TryFromLookup(
        string input, string key, NameEvidence evidence, YearPeriod? born, string? country)
    {
        var counts = CountryCounts.Within(evidence, born, _model.Lookup.DataYears);

        // No counts in the asked birth years: the lookup has nothing to say, the model answers.
        if (counts.Count == 0)
        {
            return null;
        }

        if (country is not null)
        {
            var own = counts.Find(c => string.Equals(c.Country, country, StringComparison.Ordinal));
            if (own is not null)
            {
                return Decide(input, key, Smooth(own.Female, own.Male, evidence.Prior), own.Total, country);
            }

            var others = Pool(counts, evidence.Prior, _pooling.OtherCountriesDiscount);
            return Decide(input, key, others.PFemale, others.Evidence, others.Countries);
        }

        if (counts.Count == 1)
        {
            var only = counts[0];
            return Decide(input, key, Smooth(only.Female, only.Male, evidence.Prior), only.Total, only.Country);
        }

        var pooled = Pool(counts, evidence.Prior, discount: 1);
        var disagreement = CountryCounts.Disagreement(counts, evidence.Prior, _strength, _pooling);
        if (disagreement is not null)
        {
            return new Prediction(
                input, key, Gender.Unknown, pooled.PFemale, pooled.Evidence, PredictionSource.Lookup, disagreement)
            {
                Country = pooled.Countries,
            };
        }

        return Decide(input, key, pooled.PFemale, pooled.Evidence, pooled.Countries);
    }

    // Beta prior centred on the character model's guess: rare names lean on their spelling,
    // frequent ones on their counts; a prior of strength a never flips a majority of more than a.
    private double Smooth(double female, double male, float prior) =>
        (female + (_strength * prior)) / (female + male + _strength);

    private (double PFemale, long Evidence, string? Countries) Pool(
        List<CountryCounts> counts, float prior, double discount)
    {
        double weighted = 0;
        double weights = 0;
        foreach (var c in counts)
        {
            var p = Smooth(c.Female * discount, c.Male * discount, prior);
            var weight = _pooling.WeightOf(c.Total);
            weighted += weight * p;
            weights += weight;
        }

        var joined = string.Join(',', counts.Where(c => c.Country is not null).Select(c => c.Country));
        var evidence = (long)Math.Round(counts.Sum(c => c.Total));
        return (weights > 0 ? weighted / weights : prior, evidence, joined.Length == 0 ? null : joined);
    }

    private Prediction FromCharacterModel(string input, string key)
    {
        if (_model.Trigrams.FirstLetterOutsideAlphabet(key) is { } letter)
        {
            var script = LetterFolding.ScriptOf(key);
            var reason = string.Create(
                CultureInfo.InvariantCulture,
                $"{script} letter '{letter}' (U+{(int)letter:X4}) occurs in none of this model's training names");
            return new Prediction(input, key, Gender.Unknown, null, 0, PredictionSource.None, reason);
        }

        var pFemale = _model.Characters.PredictFemale(key);
        if (_model.Trigrams.IsUnlikeAnyName(key, out var unlike))
        {
            return new Prediction(input, key, Gender.Unknown, pFemale, 0, PredictionSource.Model, unlike);
        }

        return Decide(input, key, pFemale, 0, PredictionSource.Model, null);
    }

    private Prediction Decide(string input, string key, double pFemale, double evidence, string? country) =>
        Decide(input, key, pFemale, (long)Math.Round(evidence), PredictionSource.Lookup, country);

    private Prediction Decide(
        string input, string key, double pFemale, long evidence, PredictionSource source, string? country)
    {
        var confidence = Math.Max(pFemale, 1 - pFemale);
        if (confidence < Threshold)
        {
            var reason = string.Create(
                CultureInfo.InvariantCulture,
                $"max(p_female, 1 - p_female) = {confidence:0.000} is below the threshold {Threshold:0.00}");
            return new Prediction(input, key, Gender.Unknown, pFemale, evidence, source, reason) { Country = country };
        }

        var gender = pFemale >= 0.5 ? Gender.Female : Gender.Male;
        return new Prediction(input, key, gender, pFemale, evidence, source, null) { Country = country };
    }
}
