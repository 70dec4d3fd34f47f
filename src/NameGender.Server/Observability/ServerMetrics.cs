using NameGender.Core.Predictions;
using Prometheus;

namespace NameGender.Server.Observability;

/// <summary>
/// The server's own Prometheus metrics, in the app's registry. Label children are resolved once
/// here, so counting a prediction is one interlocked add on the request path.
/// </summary>
internal sealed class ServerMetrics
{
    private static readonly int GenderCount = Enum.GetValues<Gender>().Length;

    private readonly Counter.Child[] _predictions;
    private readonly Counter.Child _loaded;
    private readonly Counter.Child _failed;

    public ServerMetrics(CollectorRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);

        var factory = Metrics.WithCustomRegistry(registry);
        var predictions = factory.CreateCounter(
            "namegender_predictions_total",
            "Predictions answered, by where their probability came from and the gender answered.",
            ["source", "gender"]);
        var sources = Enum.GetValues<PredictionSource>();
        var genders = Enum.GetValues<Gender>();
        _predictions = new Counter.Child[sources.Length * genders.Length];
        foreach (var source in sources)
        {
            foreach (var gender in genders)
            {
                _predictions[Slot(source, gender)] = predictions.WithLabels(
                    source.ToString().ToLowerInvariant(), gender.ToString().ToLowerInvariant());
            }
        }

        var loads = factory.CreateCounter(
            "namegender_model_loads_total", "Model files loaded or rejected, by outcome.", ["outcome"]);
        _loaded = loads.WithLabels("loaded");
        _failed = loads.WithLabels("failed");
    }

    public void CountPrediction(Prediction prediction) =>
        _predictions[Slot(prediction.Source, prediction.Gender)].Inc();

    public void CountModelLoad(bool succeeded) => (succeeded ? _loaded : _failed).Inc();

    private static int Slot(PredictionSource source, Gender gender) =>
        ((int)source * GenderCount) + (int)gender;
}
