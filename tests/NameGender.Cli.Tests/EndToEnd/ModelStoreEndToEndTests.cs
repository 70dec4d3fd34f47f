using System.Text.Json;
using System.Text.RegularExpressions;
using NameGender.Cli.Tests.Labeling;

namespace NameGender.Cli.Tests.EndToEnd;

/// <summary>
/// The model store through the executable, in a folder and on an S3-compatible server: train into
/// the store, list, promote, evaluate the promoted version, roll back, delete.
/// </summary>
public sealed class ModelStoreEndToEndTests : IDisposable
{
    private const string Names = """
        name,sex,count
        Emily,F,8200
        Mary,F,10500
        Anna,F,6400
        Laura,F,4700
        Sophia,F,7300
        Olivia,F,7900
        John,M,12800
        Michael,M,11300
        David,M,9600
        James,M,10400
        William,M,8700
        Thomas,M,7600
        """;

    private readonly TemporaryFolder _folder = new();
    private readonly string _names;
    private readonly string _labelled;

    public ModelStoreEndToEndTests()
    {
        _names = _folder.Write("names.csv", System.Text.Encoding.UTF8.GetBytes(Names));
        _labelled = _folder.Write("labelled.csv", "name,births_f,births_m\nEmily,90,1\nJohn,1,80\nAnna,50,0\n"u8.ToArray());
    }

    [Fact]
    public void Lifecycle_InAFolder_TrainPromoteEvaluateRollBackDelete() =>
        Lifecycle(StoreCli.InFolder(_folder.Combine("store"), _folder.Combine("cache")));

    [S3Fact]
    public async Task Lifecycle_OnAnS3CompatibleServer_TrainPromoteEvaluateRollBackDelete() =>
        Lifecycle(await StoreCli.InNewBucketAsync(S3TestServer.Url!, _folder.Combine("cache")));

    [Fact]
    public void Evaluate_StoredModelChangedBehindTheStoresBack_IsRefusedWithAClearError()
    {
        var store = StoreCli.InFolder(_folder.Combine("store"), _folder.Combine("cache"));
        Assert.Equal(0, store.Run("train", "--input", _names, "--name", "ssa").ExitCode);
        var version = store.Versions("ssa").Single().Version;
        Assert.Equal(0, store.Run("models", "promote", "ssa", version).ExitCode);
        File.WriteAllText(Path.Combine(store.Location, "ssa", "versions", version, "model.ngmodel"), "tampered");

        var run = store.Run("evaluate", "--model", "ssa", "--input", _labelled);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("model.ngmodel is corrupt", OneLine(run.Error), StringComparison.Ordinal);
        Assert.Contains("The download was discarded.", OneLine(run.Error), StringComparison.Ordinal);
    }

    [Fact]
    public void Models_UnknownModel_IsOneUserErrorLine()
    {
        Directory.CreateDirectory(_folder.Combine("store"));
        var store = StoreCli.InFolder(_folder.Combine("store"), _folder.Combine("cache"));

        var run = store.Run("models", "promote", "nobody", "v1");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error:", run.Error, StringComparison.Ordinal);
        Assert.Contains("has no version 'v1'", OneLine(run.Error), StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    // The error console wraps long lines; the assertions read the message as one line.
    private static string OneLine(string text) => Regex.Replace(text, @"\s+", " ");

    private void Lifecycle(StoreCli store)
    {
        var first = store.Run("train", "--input", _names, "--name", "ssa", "--seed", "1");
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("stored ssa ", first.Output, StringComparison.Ordinal);
        Assert.Contains("not promoted", OneLine(first.Error), StringComparison.Ordinal);
        var v1 = Assert.Single(store.Versions("ssa")).Version;

        Assert.Equal(0, store.Run("models", "promote", "ssa", v1).ExitCode);
        Assert.Equal(0, store.Run("train", "--input", _names, "--name", "ssa", "--seed", "2", "--threshold", "0.8").ExitCode);
        var v2 = store.Versions("ssa").Select(v => v.Version).Single(v => v != v1);

        var promote = store.Run("models", "promote", "ssa", v2);
        Assert.Contains($"promoted ssa {v2}", promote.Output, StringComparison.Ordinal);
        Assert.Contains($"before: {v1}", promote.Output, StringComparison.Ordinal);
        Assert.Equal([(v1, false), (v2, true)], store.Versions("ssa"));
        Assert.Equal($"ssa@{v2}", EvaluatedModel(store));

        var rollback = store.Run("models", "rollback", "ssa");
        Assert.Contains($"rolled ssa back from {v2} to {v1}", rollback.Output, StringComparison.Ordinal);
        Assert.Equal($"ssa@{v1}", EvaluatedModel(store));

        var refused = store.Run("models", "delete", "ssa", v1);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("is the promoted version", OneLine(refused.Error), StringComparison.Ordinal);

        Assert.Equal(0, store.Run("models", "delete", "ssa", v2).ExitCode);
        Assert.Equal([(v1, true)], store.Versions("ssa"));

        var show = store.Run("models", "show", "ssa", "--json");
        using var shown = JsonDocument.Parse(show.Output);
        Assert.True(shown.RootElement.GetProperty("is_promoted").GetBoolean());
        Assert.Equal("ssa", shown.RootElement.GetProperty("manifest").GetProperty("name").GetString());
    }

    private string EvaluatedModel(StoreCli store)
    {
        var run = store.Run("evaluate", "--model", "ssa", "--input", _labelled, "--json");
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        return json.RootElement.GetProperty("model").GetString()!;
    }
}
