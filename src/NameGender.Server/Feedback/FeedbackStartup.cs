using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NameGender.Feedback.Demo;
using NameGender.Feedback.Storage;

namespace NameGender.Server.Feedback;

/// <summary>
/// Before the server listens: brings the database's schema to the current version (creating the
/// SQLite file on first run) and, with demo data asked for, fills an empty database. A database
/// that cannot be reached or migrated stops the start with its error.
/// </summary>
internal sealed class FeedbackStartup(
    IFeedbackStore store, IOptions<ServerOptions> options, TimeProvider time, FeedbackLog log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var migration = await store.MigrateAsync(cancellationToken);
        if (migration.Changed)
        {
            log.Migrated(store.Description, migration.FromVersion, migration.ToVersion);
        }

        log.StoreReady(store.Description, migration.ToVersion);

        var feedback = options.Value.Feedback;
        if (!feedback.Demo)
        {
            return;
        }

        var existing = await store.ListAsync(new FeedbackQuery(1, 1), cancellationToken);
        if (existing.Total == 0)
        {
            var demo = DemoFeedback.Generate(feedback.DemoRecords, feedback.DemoSeed, time.GetUtcNow());
            await store.AddManyAsync(demo, cancellationToken);
            log.DemoAdded(demo.Count, feedback.DemoSeed);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
