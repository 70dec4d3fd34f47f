using NameGender.Feedback.Records;
using NameGender.Feedback.Storage;
using NameGender.Sentiment;

namespace NameGender.Feedback.Identification;

/// <summary>
/// Predict Sentiment: scores each record's text and stores the label with its four scores. As for
/// genders, every score is computed before one transaction writes them all.
/// </summary>
public sealed class SentimentPredictor
{
    private readonly IFeedbackStore _store;
    private readonly SentimentAnalyzer _analyzer;
    private readonly TimeProvider _time;

    public SentimentPredictor(IFeedbackStore store, SentimentAnalyzer analyzer, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(time);

        _store = store;
        _analyzer = analyzer;
        _time = time;
    }

    /// <exception cref="PredictionFailedException">The analyzer threw; nothing was written.</exception>
    public async Task<RunOutcome> PredictAsync(PredictionRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);

        var candidates = await _store.SelectForSentimentAsync(
            new WorkSelection(run.Ids, ModelVersion: null, run.Force), cancellationToken);
        var notFound = MissingIds.Of(run.Ids, candidates.Select(c => c.Id));

        var at = _time.GetUtcNow();
        var assignments = new List<SentimentAssignment>(candidates.Count);
        foreach (var candidate in candidates.Where(c => run.Force || !c.Scored))
        {
            SentimentResult result;
            try
            {
                result = _analyzer.Analyze(candidate.Text);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new PredictionFailedException(
                    $"The sentiment analysis failed on record {candidate.Id}: {e.Message} No record was changed.", e);
            }

            assignments.Add(new SentimentAssignment(candidate.Id, new SentimentReading(result.Label, result.Scores, at)));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var written = await _store.WriteSentimentsAsync(assignments, run.Force, cancellationToken);
        return new RunOutcome(written, candidates.Count - written, notFound);
    }
}
