using System.Data.Common;
using NameGender.Core.Predictions;
using NameGender.Feedback.Demo;
using NameGender.Feedback.Identification;
using NameGender.Feedback.Records;
using NameGender.Feedback.Storage;
using NameGender.Feedback.Tests.Fixtures;
using NameGender.Sentiment;

namespace NameGender.Feedback.Tests.Storage;

/// <summary>
/// What the feedback store must do on every database, written once: each database's class derives
/// from this one. Identify Gender and Predict Sentiment run through the real services here.
/// </summary>
public abstract class FeedbackStoreContract : IAsyncLifetime
{
    private readonly ManualClock _clock = new();
    private TestDatabase _database = null!;
    private SqlFeedbackStore _store = null!;

    protected abstract DatabaseKind Kind { get; }

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(Kind);
        _store = await _database.OpenMigratedStoreAsync();
    }

    public async Task DisposeAsync()
    {
        (_store as IDisposable)?.Dispose();
        await _database.DisposeAsync();
    }

    [ServiceFact]
    public async Task Migrate_AgainOnAMigratedDatabase_ChangesNothing()
    {
        var again = await _store.MigrateAsync(CancellationToken.None);

        Assert.False(again.Changed);
        Assert.Equal(2, again.ToVersion);
    }

    [ServiceFact]
    public async Task Migrate_FromSeveralServersAtOnce_AppliesTheSchemaOnce()
    {
        await using var fresh = await TestDatabase.CreateAsync(Kind);
        var stores = Enumerable.Range(0, 4).Select(_ => fresh.OpenStore()).ToList();

        var outcomes = await Task.WhenAll(stores.Select(s => s.MigrateAsync(CancellationToken.None)));

        Assert.Single(outcomes, o => o.Changed);
        Assert.All(outcomes, o => Assert.Equal(2, o.ToVersion));
        stores.ForEach(s => (s as IDisposable)?.Dispose());
    }

    [ServiceFact]
    public async Task Add_ThenGet_RoundTripsEveryFieldAsGiven()
    {
        var posted = new DateTimeOffset(2026, 2, 3, 4, 5, 6, TimeSpan.FromHours(2));
        var added = await _store.AddAsync(
            new NewFeedback("Zoë", "O'Brien-Müller", "Très bien 👍\nsecond line, \"quoted\"", 4, posted), default);

        var read = await _store.GetAsync(added.Id, default);

        Assert.NotNull(read);
        Assert.Equal("Zoë", read.FirstName);
        Assert.Equal("O'Brien-Müller", read.LastName);
        Assert.Equal("Très bien 👍\nsecond line, \"quoted\"", read.Text);
        Assert.Equal(4, read.Rating);
        Assert.Equal(posted, read.PostedAt);
        Assert.Null(read.Gender);
        Assert.Null(read.Sentiment);
    }

    [ServiceFact]
    public async Task Add_WithCountry_OneAndManyRoundTripTheCountry()
    {
        var one = await _store.AddAsync(new NewFeedback("Andrea", null, "Bene.", 4, _clock.Now) { Country = "IT" }, default);
        await _store.AddManyAsync([new NewFeedback("Jan", null, "Godt.", 5, _clock.Now) { Country = "DK" }], default);

        var all = await ReadAllAsync(_store);

        Assert.Equal("IT", (await _store.GetAsync(one.Id, default))!.Country);
        Assert.Equal(["IT", "DK"], all.Select(r => r.Country));
    }

    [ServiceFact]
    public async Task IdentifyGender_RecordWithCountry_PredictsWithThatCountry()
    {
        await _store.AddAsync(new NewFeedback("Andrea", null, "Bene.", 4, _clock.Now) { Country = "IT" }, default);
        await _store.AddAsync(new NewFeedback("Andrea", null, "Great.", 4, _clock.Now), default);
        var asked = new List<(string Name, string? Country)>();

        await new GenderIdentifier(_store, _clock).IdentifyAsync(
            PredictionRun.AllPending,
            BundledModel.Version,
            (name, country) =>
            {
                asked.Add((name, country));
                return BundledModel.Predict(name, country);
            },
            default);

        Assert.Equal([("Andrea", "IT"), ("Andrea", (string?)null)], asked);
    }

    [ServiceFact]
    public async Task Add_WithoutNamesOrRating_StoresNulls()
    {
        var added = await _store.AddAsync(new NewFeedback(null, null, "ok", null, _clock.Now), default);

        var read = await _store.GetAsync(added.Id, default);

        Assert.Null(read!.FirstName);
        Assert.Null(read.LastName);
        Assert.Null(read.Rating);
    }

    [ServiceFact]
    public async Task Add_TwoHundredAtOnce_AllLandWithDistinctIds()
    {
        var tasks = Enumerable.Range(0, 200)
            .Select(i => _store.AddAsync(new NewFeedback($"Person{i}", null, $"Feedback {i}", (i % 5) + 1, _clock.Now), default));

        var added = await Task.WhenAll(tasks);

        Assert.Equal(200, added.Select(a => a.Id).Distinct().Count());
        Assert.Equal(200, (await _store.ListAsync(new FeedbackQuery(1, 1), default)).Total);
    }

    [ServiceFact]
    public async Task List_Pages_NewestFirstWithTheTotal()
    {
        await _store.AddManyAsync(Feedback(7), default);

        var second = await _store.ListAsync(new FeedbackQuery(Page: 2, PageSize: 3), default);

        Assert.Equal(7, second.Total);
        Assert.Equal([4L, 3L, 2L], second.Records.Select(r => r.Id));
    }

    [ServiceFact]
    public async Task Delete_RemovesTheRecordOnce()
    {
        var added = await _store.AddAsync(new NewFeedback("Tom", null, "ok", null, _clock.Now), default);

        Assert.Equal(added.Id, (await _store.DeleteAsync(added.Id, default))?.Id);
        Assert.Null(await _store.DeleteAsync(added.Id, default));
        Assert.Null(await _store.GetAsync(added.Id, default));
    }

    [ServiceFact]
    public async Task IdentifyGender_EveryRecordGiven_GetsGenderProbabilitySourceModelAndTime()
    {
        var ids = await AddNamesAsync("Emily", "Robert", "Jordan");

        var outcome = await Identify(new PredictionRun(ids, Force: false));

        Assert.Equal(3, outcome.Updated);
        var emily = (await _store.GetAsync(ids[0], default))!.Gender!;
        Assert.Equal(Gender.Female, emily.Gender);
        Assert.True(emily.PFemale > 0.9);
        Assert.Equal(GenderSource.Lookup, emily.Source);
        Assert.Equal(BundledModel.Version, emily.ModelVersion);
        Assert.Equal(_clock.Now, emily.SetAt);
        Assert.Equal(Gender.Male, (await _store.GetAsync(ids[1], default))!.Gender!.Gender);
    }

    [ServiceFact]
    public async Task IdentifyGender_MissingBlankOrUnusableFirstName_IsUnknownNeverFemaleOrMale()
    {
        var ids = await AddNamesAsync(null, "", "   ", "J. K.", "Mrs Hale", "Анна");

        var outcome = await Identify(new PredictionRun(ids, Force: false));

        Assert.Equal(ids.Count, outcome.Updated);
        foreach (var id in ids)
        {
            var gender = (await _store.GetAsync(id, default))!.Gender!;
            Assert.Equal(Gender.Unknown, gender.Gender);
            Assert.NotNull(gender.ModelVersion);
        }
    }

    [ServiceFact]
    public async Task IdentifyGender_AllPending_SkipsRecordsTheSameModelDidUnlessForced()
    {
        await AddNamesAsync("Emily", "Robert");
        await Identify(PredictionRun.AllPending);
        await AddNamesAsync("Allie");

        var again = await Identify(PredictionRun.AllPending);
        var forced = await Identify(new PredictionRun(null, Force: true));

        Assert.Equal((1, 0), (again.Updated, again.Skipped));
        Assert.Equal((3, 0), (forced.Updated, forced.Skipped));
    }

    [ServiceFact]
    public async Task IdentifyGender_GivenIds_ReportsThoseNotFoundAndSkipsDoneOnes()
    {
        var ids = await AddNamesAsync("Emily", "Robert");
        await Identify(new PredictionRun([ids[0]], Force: false));

        var outcome = await Identify(new PredictionRun([ids[0], ids[1], 999_999], Force: false));

        Assert.Equal(1, outcome.Updated);
        Assert.Equal(1, outcome.Skipped);
        Assert.Equal([999_999L], outcome.NotFound);
    }

    [ServiceFact]
    public async Task IdentifyGender_ManualGender_IsNeverOverwrittenEvenWhenForced()
    {
        var ids = await AddNamesAsync("Emily");
        await _store.ChangeAsync(ids[0], new FeedbackChange { HasManualGender = true, ManualGender = Gender.Male }, _clock.Now, default);

        var outcome = await Identify(new PredictionRun(ids, Force: true));

        var gender = (await _store.GetAsync(ids[0], default))!.Gender!;
        Assert.Equal((0, 1), (outcome.Updated, outcome.Skipped));
        Assert.Equal((Gender.Male, GenderSource.Manual, 0.0), (gender.Gender, gender.Source, gender.PFemale));
        Assert.Null(gender.ModelVersion);
    }

    [ServiceFact]
    public async Task IdentifyGender_PredictorFailsOnARecord_LeavesEveryRecordAsItWas()
    {
        var ids = await AddNamesAsync("Emily", "Robert", "Allie", "Tom");
        var calls = 0;
        Prediction Failing(string name, string? country) =>
            ++calls == 3 ? throw new InvalidOperationException("model crashed") : BundledModel.Predict(name, country);

        var identifier = new GenderIdentifier(_store, _clock);
        await Assert.ThrowsAsync<PredictionFailedException>(
            () => identifier.IdentifyAsync(new PredictionRun(ids, false), BundledModel.Version, Failing, default));

        foreach (var id in ids)
        {
            Assert.Null((await _store.GetAsync(id, default))!.Gender);
        }
    }

    [ServiceFact]
    public async Task IdentifyGender_TwentyConcurrentRunsOverOneThousandRecords_EndAsOneSequentialRun()
    {
        await _store.AddManyAsync(DemoFeedback.Generate(1000, seed: 7, ManualClock.Start), default);
        await using var sequentialDatabase = await TestDatabase.CreateAsync(Kind);
        var sequential = await sequentialDatabase.OpenMigratedStoreAsync();
        await sequential.AddManyAsync(DemoFeedback.Generate(1000, seed: 7, ManualClock.Start), default);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => Identify(PredictionRun.AllPending))));
        await new GenderIdentifier(sequential, _clock).IdentifyAsync(
            PredictionRun.AllPending, BundledModel.Version, BundledModel.Predict, default);

        Assert.Equal(1000, outcomes.Sum(o => o.Updated));
        var concurrentRows = await ReadAllAsync(_store);
        var sequentialRows = await ReadAllAsync(sequential);
        Assert.All(concurrentRows, r => AssertWhole(r.Gender));
        Assert.Equal(
            sequentialRows.Select(r => (r.Id, r.Gender!.Gender, r.Gender.PFemale, r.Gender.Source, r.Gender.ModelVersion)),
            concurrentRows.Select(r => (r.Id, r.Gender!.Gender, r.Gender.PFemale, r.Gender.Source, r.Gender.ModelVersion)));
        (sequential as IDisposable)?.Dispose();
    }

    [ServiceFact]
    public async Task Change_NewFirstName_DropsAPredictedGenderButNotTheSentiment()
    {
        var ids = await AddNamesAsync("Emily");
        await Identify(new PredictionRun(ids, false));
        await PredictSentiment(new PredictionRun(ids, false));

        var changed = await _store.ChangeAsync(ids[0], new FeedbackChange { HasFirstName = true, FirstName = "Robert" }, _clock.Now, default);

        Assert.Equal("Robert", changed!.FirstName);
        Assert.Null(changed.Gender);
        Assert.NotNull(changed.Sentiment);
        Assert.Equal(changed, await _store.GetAsync(ids[0], default));
    }

    [ServiceFact]
    public async Task Change_ManualGenderNull_HandsTheRecordBackToIdentifyGender()
    {
        var ids = await AddNamesAsync("Emily");
        await _store.ChangeAsync(ids[0], new FeedbackChange { HasManualGender = true, ManualGender = Gender.Male }, _clock.Now, default);

        await _store.ChangeAsync(ids[0], new FeedbackChange { HasManualGender = true, ManualGender = null }, _clock.Now, default);
        var outcome = await Identify(PredictionRun.AllPending);

        Assert.Equal(1, outcome.Updated);
        Assert.Equal(Gender.Female, (await _store.GetAsync(ids[0], default))!.Gender!.Gender);
    }

    [ServiceFact]
    public async Task Change_UnknownId_ReturnsNull()
    {
        var changed = await _store.ChangeAsync(42, new FeedbackChange { Text = "x" }, _clock.Now, default);

        Assert.Null(changed);
    }

    [ServiceFact]
    public async Task PendingGender_ListsNeverIdentifiedAndOtherModelsButNotManual()
    {
        var ids = await AddNamesAsync("Emily", "Robert", "Allie");
        await _store.WriteGendersAsync(
            [new GenderAssignment(ids[0], new GenderReading(Gender.Female, 0.9, GenderSource.Lookup, "old@1", _clock.Now))],
            force: false, default);
        await _store.ChangeAsync(ids[1], new FeedbackChange { HasManualGender = true, ManualGender = Gender.Male }, _clock.Now, default);

        var pending = await _store.ListAsync(new FeedbackQuery(1, 10, PendingWork.Gender, BundledModel.Version), default);
        var neverIdentified = await _store.ListAsync(new FeedbackQuery(1, 10, PendingWork.Gender), default);

        Assert.Equal([ids[2], ids[0]], pending.Records.Select(r => r.Id));
        Assert.Equal([ids[2]], neverIdentified.Records.Select(r => r.Id));
    }

    [ServiceFact]
    public async Task PredictSentiment_Texts_GetLabelScoresAndTime_AndPendingEmpties()
    {
        var good = await _store.AddAsync(new NewFeedback("Emily", "Carter", "I love this service, the staff were wonderful!", 5, _clock.Now), default);
        var bad = await _store.AddAsync(new NewFeedback("Robert", "Hale", "Terrible wait, nobody helped me.", 1, _clock.Now), default);

        var outcome = await PredictSentiment(PredictionRun.AllPending);

        Assert.Equal(2, outcome.Updated);
        var positive = (await _store.GetAsync(good.Id, default))!.Sentiment!;
        Assert.Equal(SentimentLabel.Positive, positive.Label);
        Assert.Equal(1.0, positive.Scores.Positive + positive.Scores.Negative + positive.Scores.Neutral + positive.Scores.Mixed, 6);
        Assert.Equal(SentimentLabel.Negative, (await _store.GetAsync(bad.Id, default))!.Sentiment!.Label);
        Assert.Equal(0, (await _store.ListAsync(new FeedbackQuery(1, 10, PendingWork.Sentiment), default)).Total);
    }

    [ServiceFact]
    public async Task Schema_AGenderWithoutItsSourceAndModel_IsRefusedByTheDatabase()
    {
        var ids = await AddNamesAsync("Emily");

        var refused = await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync(
            $"UPDATE feedback SET gender = 'female' WHERE id = {ids[0]}"));

        Assert.Contains("check", refused.Message, StringComparison.OrdinalIgnoreCase);
    }

    [ServiceFact]
    public async Task ReadInsightRows_TellPendingUnknownAndProbabilities()
    {
        var ids = await AddNamesAsync("Emily", "", "Robert");
        await Identify(new PredictionRun([ids[0], ids[1]], false));

        var rows = new List<InsightRow>();
        await foreach (var row in _store.ReadInsightRowsAsync(default))
        {
            rows.Add(row);
        }

        Assert.True(rows[0].Identified && rows[0].PFemale > 0.9);
        Assert.True(rows[1].Identified && rows[1].PFemale is null);
        Assert.False(rows[2].Identified);
    }

    protected virtual Task ExecuteAsync(string sql) => throw new NotSupportedException();

    protected SqlFeedbackStore Store => _store;

    /// <summary>The SQLite file or the PostgreSQL connection string.</summary>
    protected string Location => _database.Location;

    private static void AssertWhole(GenderReading? gender)
    {
        Assert.NotNull(gender);
        Assert.NotNull(gender.ModelVersion);
        Assert.True(gender.PFemale is not null || gender.Source == GenderSource.None);
    }

    private static async Task<List<FeedbackRecord>> ReadAllAsync(IFeedbackStore store)
    {
        var records = new List<FeedbackRecord>();
        await foreach (var record in store.ReadAllAsync(default))
        {
            records.Add(record);
        }

        return records;
    }

    private Task<RunOutcome> Identify(PredictionRun run) =>
        new GenderIdentifier(_store, _clock).IdentifyAsync(run, BundledModel.Version, BundledModel.Predict, default);

    private Task<RunOutcome> PredictSentiment(PredictionRun run) =>
        new SentimentPredictor(_store, new SentimentAnalyzer(), _clock).PredictAsync(run, default);

    private async Task<List<long>> AddNamesAsync(params string?[] firstNames)
    {
        var ids = new List<long>();
        foreach (var name in firstNames)
        {
            ids.Add((await _store.AddAsync(new NewFeedback(name, "Doe", "Fine.", 3, _clock.Now), default)).Id);
        }

        return ids;
    }

    private List<NewFeedback> Feedback(int count) =>
        Enumerable.Range(1, count).Select(i => new NewFeedback($"Name{i}", null, $"Text {i}", null, _clock.Now)).ToList();
}
