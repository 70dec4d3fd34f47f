using NameGender.Core.Predictions;
using NameGender.Feedback.Records;
using NameGender.Feedback.Storage;

namespace NameGender.Feedback.Identification;

/// <summary>
/// Identify Gender: predicts from each record's first name, with its country when known, and
/// stores the gender with its probability, source and model. Every record given is answered: a missing, blank or unusable
/// first name becomes unknown. All predictions are made before anything is written, then written
/// in one transaction, so a failing predictor leaves every record as it was.
/// </summary>
public sealed class GenderIdentifier
{
    private readonly IFeedbackStore _store;
    private readonly TimeProvider _time;

    public GenderIdentifier(IFeedbackStore store, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);

        _store = store;
        _time = time;
    }

    /// <param name="run">The records and whether to redo those the same model already did.</param>
    /// <param name="modelVersion">The predicting model, name@model_id (<see cref="ModelVersions"/>).</param>
    /// <param name="predict">
    /// The model's prediction for a first name and a country (null when unknown); called once per
    /// distinct pair.
    /// </param>
    /// <param name="cancellationToken">Stops the run; nothing is written once it is canceled.</param>
    /// <exception cref="PredictionFailedException">The predictor threw; nothing was written.</exception>
    public async Task<RunOutcome> IdentifyAsync(
        PredictionRun run,
        string modelVersion,
        Func<string, string?, Prediction> predict,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelVersion);
        ArgumentNullException.ThrowIfNull(predict);

        var selection = new WorkSelection(run.Ids, modelVersion, run.Force);
        var candidates = await _store.SelectForGenderAsync(selection, cancellationToken);
        var notFound = MissingIds.Of(run.Ids, candidates.Select(c => c.Id));

        var due = candidates
            .Where(c => c.Source != GenderSource.Manual)
            .Where(c => run.Force || c.Source is null || !SameModel(c, modelVersion))
            .ToList();

        var at = _time.GetUtcNow();
        var byName = new Dictionary<(string Name, string? Country), Prediction>();
        var assignments = new List<GenderAssignment>(due.Count);
        foreach (var candidate in due)
        {
            var name = (candidate.FirstName ?? string.Empty, candidate.Country);
            if (!byName.TryGetValue(name, out var prediction))
            {
                prediction = Predict(predict, name, candidate.Id);
                byName.Add(name, prediction);
            }

            var reading = new GenderReading(
                prediction.Gender, prediction.PFemale, StoredValues.SourceOf(prediction.Source), modelVersion, at);
            assignments.Add(new GenderAssignment(candidate.Id, reading));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var written = await _store.WriteGendersAsync(assignments, run.Force, cancellationToken);
        return new RunOutcome(written, candidates.Count - written, notFound);
    }

    private static bool SameModel(GenderCandidate candidate, string modelVersion) =>
        string.Equals(candidate.ModelVersion, modelVersion, StringComparison.Ordinal);

    private static Prediction Predict(
        Func<string, string?, Prediction> predict, (string Name, string? Country) name, long id)
    {
        try
        {
            return predict(name.Name, name.Country);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new PredictionFailedException(
                $"The gender prediction failed on record {id}: {e.Message} No record was changed.", e);
        }
    }
}
