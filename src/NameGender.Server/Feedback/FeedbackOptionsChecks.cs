using System.Globalization;
using Npgsql;

namespace NameGender.Server.Feedback;

/// <summary>The feedback settings' checks, run with the other options' when the server is built.</summary>
internal static class FeedbackOptionsChecks
{
    public const int MaxDemoRecords = 100_000;

    public static IEnumerable<string> Check(FeedbackOptions feedback)
    {
        ArgumentNullException.ThrowIfNull(feedback);

        if (!feedback.Enabled)
        {
            yield break;
        }

        if (!string.IsNullOrWhiteSpace(feedback.Postgres))
        {
            if (!string.IsNullOrWhiteSpace(feedback.Database))
            {
                yield return "Server:Feedback:Database (SQLite) and Server:Feedback:Postgres are both set; keep one";
            }

            if (ConnectionStringProblem(feedback.Postgres) is { } problem)
            {
                yield return "Server:Feedback:Postgres is not a PostgreSQL connection string: " + problem;
            }
        }

        if (feedback.DemoRecords is < 0 or > MaxDemoRecords)
        {
            yield return string.Create(CultureInfo.InvariantCulture,
                $"Server:Feedback:DemoRecords must be within 0-{MaxDemoRecords}; found {feedback.DemoRecords}");
        }
    }

    private static string? ConnectionStringProblem(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return string.IsNullOrWhiteSpace(builder.Host) ? "it names no Host" : null;
        }
        catch (ArgumentException e)
        {
            return e.Message;
        }
    }
}
