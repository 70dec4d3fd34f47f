using System.Diagnostics;
using System.Globalization;
using NameGender.Cli.Labeling;
using NameGender.Core.Models;
using NameGender.Core.Predictions;

namespace NameGender.Bench;

/// <summary>
/// Times the labeler on a generated file against a plain CsvHelper copy of it, alternating the two
/// so both see the same machine state, and prints medians, rows/s, their ratio and memory. The
/// labeler goes first, so its first run is as cold as a fresh namegender process.
/// </summary>
internal static class LabelThroughput
{
    private const int InputBufferSize = 1 << 16;

    public static int Run(BenchArguments arguments)
    {
        var model = ModelFile.Load(arguments.Model);
        var data = DataDirectory();
        var input = PeopleFile.Ensure(data, model, arguments.Rows, arguments.Seed);
        var output = Path.Combine(data, "labelled.csv");
        var predictor = new GenderPredictor(model);
        Console.WriteLine(Invariant($"input {input} ({new FileInfo(input).Length / 1e6:0.0} MB)"));

        var labeler = new List<Timing>();
        var baseline = new List<Timing>();
        LabelSummary? summary = null;
        for (var repeat = 1; repeat <= arguments.Repeat; repeat++)
        {
            labeler.Add(Measure(() =>
            {
                using var source = Open(input);
                using var target = File.Create(output);
                var options = new LabelOptions { Column = "first_name", FileName = Path.GetFileName(input) };
                summary = new CsvLabeler(predictor, TimeProvider.System).Label(source, target, options);
                return summary.Rows;
            }));
            baseline.Add(Measure(() =>
            {
                using var source = Open(input);
                using var target = File.Create(output);
                return CopyBaseline.Copy(source, target);
            }));
            Console.WriteLine(Invariant($"run {repeat}: labeler {labeler[^1]}; baseline {baseline[^1]}"));
        }

        Report(labeler, baseline, summary!);
        return 0;
    }

    private static Timing Measure(Func<long> work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var rows = work();
        clock.Stop();
        using var process = Process.GetCurrentProcess();
        var allocatedInRun = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        return new Timing(rows, clock.Elapsed, allocatedInRun, process.WorkingSet64);
    }

    private static void Report(List<Timing> labeler, List<Timing> baseline, LabelSummary summary)
    {
        var labelerMedian = Median(labeler);
        var baselineMedian = Median(baseline);
        var rows = summary.Rows;
        using var process = Process.GetCurrentProcess();
        Console.WriteLine();
        Console.WriteLine(Invariant($"rows {rows:N0}: female {summary.Female:N0}, ")
            + Invariant($"male {summary.Male:N0}, unknown {summary.Unknown:N0}"));
        Console.WriteLine(Invariant($"median labeler  {labelerMedian.TotalSeconds:0.000} s = ")
            + Invariant($"{rows / labelerMedian.TotalSeconds:N0} rows/s"));
        Console.WriteLine(Invariant($"median baseline {baselineMedian.TotalSeconds:0.000} s = ")
            + Invariant($"{rows / baselineMedian.TotalSeconds:N0} rows/s"));
        Console.WriteLine(Invariant($"labeler/baseline time {labelerMedian / baselineMedian:0.00}x"));
        Console.WriteLine(Invariant(
            $"first (cold) labeler run {rows / labeler[0].Elapsed.TotalSeconds:N0} rows/s"));
        var allocated = labeler.Min(r => r.Allocated);
        Console.WriteLine(Invariant(
            $"allocated per labeler run {allocated / 1e6:0.0} MB, {allocated / (double)rows:0.0} B a row"));
        Console.WriteLine(Invariant($"peak working set {process.PeakWorkingSet64 / 1e6:0} MB"));
    }

    private static TimeSpan Median(List<Timing> runs)
    {
        var sorted = runs.Select(r => r.Elapsed).Order().ToList();
        return sorted.Count % 2 == 1
            ? sorted[sorted.Count / 2]
            : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static FileStream Open(string path) => new(
        path, FileMode.Open, FileAccess.Read, FileShare.Read, InputBufferSize, FileOptions.SequentialScan);

    // bench/.data beside this project, found from the build output so any working directory works.
    private static string DataDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null
            && !File.Exists(Path.Combine(directory.FullName, "NameGender.Bench.csproj")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.Parent?.FullName ?? Directory.GetCurrentDirectory(), ".data");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record Timing(long Rows, TimeSpan Elapsed, long Allocated, long WorkingSet)
    {
        public override string ToString() =>
            Invariant($"{Elapsed.TotalSeconds:0.000} s, {Rows / Elapsed.TotalSeconds:N0} rows/s, ")
            + Invariant($"{Allocated / 1e6:0.0} MB allocated, working set {WorkingSet / 1e6:0} MB");
    }
}
