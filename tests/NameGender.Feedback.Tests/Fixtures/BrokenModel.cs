using Microsoft.ML;
using NameGender.Core.Models;

namespace NameGender.Feedback.Tests.Fixtures;

/// <summary>
/// The bundled model with a character model that loads but cannot predict: its P(female) column
/// holds text, not a number. Names the lookup knows still answer; any other name makes the
/// predictor throw, as a model file built for another schema would in production.
/// </summary>
public static class BrokenModel
{
    public static GenderModel Create()
    {
        var bundled = BundledModel.Predictor.Model;
        var context = new MLContext(seed: 0);
        var input = context.Data.LoadFromEnumerable([new CharacterModelInput()]);
        var textOutput = context.Transforms
            .CopyColumns(CharacterModelOutput.Column, nameof(CharacterModelInput.Key))
            .Fit(input);

        using var saved = new MemoryStream();
        context.Model.Save(textOutput, input.Schema, saved);
        saved.Position = 0;
        var characters = CharacterModel.Load(saved, SpellingNeighbours.FromLookup(bundled.Lookup));
        return new GenderModel(bundled.Manifest, bundled.Lookup, characters, bundled.Trigrams);
    }
}
