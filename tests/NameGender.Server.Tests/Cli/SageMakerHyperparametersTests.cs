using NameGender.Cli.Commands;
using NameGender.Cli.Infrastructure;

namespace NameGender.Server.Tests.Cli;

/// <summary>hyperparameters.json as SageMaker writes it: every value a string.</summary>
public sealed class SageMakerHyperparametersTests
{
    [Fact]
    public void Parse_NoValues_TrainsWithDefaultsAndAHeldOutFifth()
    {
        var parsed = SageMakerHyperparameters.Parse(new Dictionary<string, string>());

        Assert.Equal("train", parsed.Channel);
        Assert.Equal(0.2, parsed.Training.Holdout);
        Assert.Equal(1, parsed.Training.Seed);
        Assert.Equal(0.75, parsed.Training.Threshold);
    }

    [Fact]
    public void Parse_StringValues_SetTrainingImportAndCharacterModelOptions()
    {
        var parsed = SageMakerHyperparameters.Parse(new Dictionary<string, string>
        {
            ["channel"] = "names",
            ["name"] = "nightly",
            ["seed"] = "7",
            ["holdout"] = "0.1",
            ["holdout_only"] = "True",
            ["threshold"] = "0.8",
            ["prior_strength"] = "3.5",
            ["label_weight"] = "4",
            ["skip_bad_lines"] = "true",
            ["ngram_length"] = "4",
            ["hash_bits"] = "16",
            ["l2_regularization"] = "0.5",
            ["boosted_trees"] = "false",
            ["trees_learning_rate"] = "0.1",
        });

        Assert.Equal("names", parsed.Channel);
        Assert.Equal("nightly", parsed.Training.Name);
        Assert.Equal(7, parsed.Training.Seed);
        Assert.Equal(0.1, parsed.Training.Holdout);
        Assert.True(parsed.Training.HoldoutOnly);
        Assert.Equal(0.8, parsed.Training.Threshold);
        Assert.Equal(3.5, parsed.Training.PriorStrength);
        Assert.Equal(4, parsed.Import.LabelWeight);
        Assert.True(parsed.Import.SkipBadLines);
        Assert.Equal(4, parsed.Training.CharacterModel.NgramLength);
        Assert.Equal(16, parsed.Training.CharacterModel.HashBits);
        Assert.Equal(0.5f, parsed.Training.CharacterModel.L2Regularization);
        Assert.False(parsed.Training.CharacterModel.BoostedTrees);
        Assert.Equal(0.1, parsed.Training.CharacterModel.TreesLearningRate);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("0")]
    [InlineData("")]
    public void Parse_HoldoutNone_HoldsNothingOut(string value)
    {
        var parsed = SageMakerHyperparameters.Parse(new Dictionary<string, string> { ["holdout"] = value });

        Assert.Null(parsed.Training.Holdout);
    }

    [Theory]
    [InlineData("sagemaker_program")]
    [InlineData("_tuning_objective_metric")]
    public void Parse_KeysSageMakerAdds_AreIgnored(string key)
    {
        var parsed = SageMakerHyperparameters.Parse(new Dictionary<string, string> { [key] = "anything" });

        Assert.Equal(1, parsed.Training.Seed);
    }

    [Theory]
    [InlineData("seed", "1.5", "hyperparameter 'seed': expected an integer; found '1.5'")]
    [InlineData("threshold", "0.4", "the threshold must be within 0.5")]
    [InlineData("boosted_trees", "yes", "hyperparameter 'boosted_trees': expected true or false; found 'yes'")]
    [InlineData("label_weight", "0", "'label_weight' must be 1 or more")]
    [InlineData("holdout_only", "true", "--holdout-only needs --holdout")]
    [InlineData("learning_rate", "0.1", "unknown hyperparameter 'learning_rate'; known ones: channel, name, seed")]
    public void Parse_UnusableValue_ThrowsNamingTheKey(string key, string value, string message)
    {
        var values = new Dictionary<string, string> { [key] = value };
        if (key == "holdout_only")
        {
            values["holdout"] = "none";
        }

        var error = Assert.Throws<CliUsageException>(() => SageMakerHyperparameters.Parse(values));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_JsonNumbersAndBooleans_AreTakenAsTheirText()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("hyperparameters.json", """{"seed": 9, "spelling_neighbours": false}""");

        var parsed = SageMakerHyperparameters.Load(path);

        Assert.Equal(9, parsed.Training.Seed);
        Assert.False(parsed.Training.CharacterModel.SpellingNeighbours);
    }
}
