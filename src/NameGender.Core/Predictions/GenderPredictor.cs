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
public sealed class GenderPredictor
{
    private readonly GenderModel _model;

    public GenderPredictor(GenderModel model, PredictorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);

        var error = options?.Validate();
        if (error is not null)
        {
            throw new ArgumentException(error, nameof(options));
        }

        _model = model;
        Threshold = options?.Threshold ?? model.Manifest.Predictor.Threshold;
    }

    public GenderModel Model => _model;

    /// <summary>The unknown threshold in force.</summary>
    public double Threshold { get; }

    /// <summary>Predicts for one raw input, optionally for people born within <paramref name="born"/>.</summary>
    public Prediction Predict(string input, YearPeriod? born = null)
    {
        ArgumentNullException.ThrowIfNull(input);

        var name = NameNormalizer.Normalize(input);
        if (!name.IsUsable)
        {
            return new Prediction(input, null, Gender.Unknown, null, 0, PredictionSource.None, name.Reason);
        }

        foreach (var key in name.Candidates)
        {
            if (_model.Lookup.TryGet(key, out var evidence) && TryFromLookup(input, key, evidence, born) is { } found)
            {
                return found;
            }
        }

        return FromCharacterModel(input, name.ModelKey!);
    }

    private Prediction? TryFromLookup(string input, string key, NameEvidence evidence, YearPeriod? born)
    {
        double female = evidence.Female;
        double male = evidence.Male;
        if (born is { } range && _model.Lookup.DataYears is { } dataYears)
        {
            (female, male) = evidence.CountsWithin(range, dataYears);
        }

        // No births in the asked range: the lookup has nothing to say, the character model answers.
        if (female + male <= 0)
        {
            return null;
        }

        // Beta prior centred on the character model's guess: rare names lean on their spelling,
        // frequent ones on their counts; a prior of strength a never flips a majority of more than a.
        var strength = _model.Manifest.Predictor.PriorStrength;
        var pFemale = (female + (strength * evidence.Prior)) / (female + male + strength);
        var births = (long)Math.Round(female + male);
        return Decide(input, key, pFemale, births, PredictionSource.Lookup);
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

        return Decide(input, key, pFemale, 0, PredictionSource.Model);
    }

    private Prediction Decide(string input, string key, double pFemale, long evidence, PredictionSource source)
    {
        var confidence = Math.Max(pFemale, 1 - pFemale);
        if (confidence < Threshold)
        {
            var reason = string.Create(
                CultureInfo.InvariantCulture,
                $"max(p_female, 1 - p_female) = {confidence:0.000} is below the threshold {Threshold:0.00}");
            return new Prediction(input, key, Gender.Unknown, pFemale, evidence, source, reason);
        }

        var gender = pFemale >= 0.5 ? Gender.Female : Gender.Male;
        return new Prediction(input, key, gender, pFemale, evidence, source, null);
    }
}
