using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using NameGender.Core.Models;
using NameGender.Server;

namespace NameGender.Bench;

/// <summary>
/// Times Identify Gender over all pending records through the real server and a real model: each
/// run starts a server on a fresh database, imports the seeded feedback (<see cref="FeedbackMix"/>),
/// then times a listing of every record (the baseline: reading the same rows once) and one
/// POST /api/v1/feedback/identify-gender with {}. Prints every run and the medians, per database
/// and mix.
/// </summary>
internal static class IdentifyGenderTiming
{
    public static async Task<int> RunAsync(IdentifyArguments arguments)
    {
        var lookup = ModelFile.Load(arguments.Model).Lookup;
        FeedbackMix[] mixes =
        [
            FeedbackMix.Demo(arguments.Records, arguments.Seed),
            FeedbackMix.Customers(arguments.Records, arguments.Seed, lookup),
        ];
        Console.WriteLine(Invariant($"{arguments.Records:N0} records (seed {arguments.Seed}), ")
            + Invariant($"{arguments.Repeat} runs per database and mix, each on a fresh database and server"));

        foreach (var mix in mixes)
        {
            Console.WriteLine(Invariant($"mix {mix.Name}: {mix.DistinctFirstNames:N0} distinct first names"));
            var csv = FeedbackCsv.Of(mix.Records);
            await MeasureAsync("sqlite", mix, () => Task.FromResult(BenchDatabase.CreateSqlite()), arguments, csv);
            if (arguments.Postgres is { } admin)
            {
                await MeasureAsync("postgres", mix, () => BenchDatabase.CreatePostgresAsync(admin), arguments, csv);
            }
        }

        return 0;
    }

    private static async Task MeasureAsync(
        string kind, FeedbackMix mix, Func<Task<BenchDatabase>> createDatabase, IdentifyArguments arguments, string csv)
    {
        var label = kind + ", " + mix.Name;
        var identify = new List<TimeSpan>();
        var listing = new List<TimeSpan>();
        for (var run = 1; run <= arguments.Repeat; run++)
        {
            await using var database = await createDatabase();
            await using var server = await StartServerAsync(arguments.Model, database);
            using var client = new HttpClient { BaseAddress = new Uri(server.Urls.Single()), Timeout = TimeSpan.FromMinutes(5) };
            await WaitForModelAsync(client);
            await ImportAsync(client, csv, arguments.Records);

            var clock = Stopwatch.StartNew();
            using (var export = await client.GetAsync(new Uri("/api/v1/feedback/export", UriKind.Relative)))
            {
                export.EnsureSuccessStatusCode();
                await export.Content.ReadAsStringAsync();
            }

            listing.Add(clock.Elapsed);

            clock.Restart();
            var updated = await IdentifyAllPendingAsync(client);
            identify.Add(clock.Elapsed);
            if (updated != arguments.Records)
            {
                throw new InvalidOperationException(Invariant($"Identify Gender updated {updated} records, not {arguments.Records}."));
            }

            Console.WriteLine(Invariant($"{label} run {run}: identify-gender {identify[^1].TotalSeconds:0.000} s; ")
                + Invariant($"listing the same records (export) {listing[^1].TotalSeconds:0.000} s"));
            await server.StopAsync();
        }

        Console.WriteLine(Invariant($"{label} median: identify-gender {Median(identify).TotalSeconds:0.000} s ")
            + Invariant($"({arguments.Records / Median(identify).TotalSeconds:N0} records/s); ")
            + Invariant($"baseline listing {Median(listing).TotalSeconds:0.000} s"));
    }

    private static async Task<WebApplication> StartServerAsync(string model, BenchDatabase database)
    {
        var app = NameGenderServer.Build(options =>
        {
            options.ModelPath = Path.GetFullPath(model);
            options.Host = "127.0.0.1";
            options.Port = 0;
            options.Urls = null;
            options.LogLevel = LogLevel.Warning;
            database.Configure(options);
        });
        await app.StartAsync();
        return app;
    }

    private static async Task WaitForModelAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (DateTime.UtcNow < deadline)
        {
            using var ping = await client.GetAsync(new Uri("/ping", UriKind.Relative));
            if (ping.StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The server's model did not load within a minute.");
    }

    private static async Task ImportAsync(HttpClient client, string csv, int records)
    {
        using var body = new StringContent(csv, Encoding.UTF8, "text/csv");
        using var response = await client.PostAsync(new Uri("/api/v1/feedback/import", UriKind.Relative), body);
        response.EnsureSuccessStatusCode();
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var imported = report.RootElement.GetProperty("imported").GetInt32();
        if (imported != records)
        {
            throw new InvalidOperationException(Invariant($"The import took {imported} records, not {records}."));
        }
    }

    private static async Task<int> IdentifyAllPendingAsync(HttpClient client)
    {
        using var response = await client.PostAsJsonAsync(
            new Uri("/api/v1/feedback/identify-gender", UriKind.Relative), new { });
        response.EnsureSuccessStatusCode();
        using var outcome = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return outcome.RootElement.GetProperty("updated").GetInt32();
    }

    private static TimeSpan Median(List<TimeSpan> runs)
    {
        var sorted = runs.Order().ToList();
        return sorted.Count % 2 == 1
            ? sorted[sorted.Count / 2]
            : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
