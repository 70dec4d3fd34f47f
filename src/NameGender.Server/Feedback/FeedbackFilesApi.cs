using System.ComponentModel;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using NameGender.Feedback.Csv;
using NameGender.Feedback.Storage;
using NameGender.Server.OpenApi;
using NameGender.Server.Requests;
using NameGender.Server.SageMaker;

namespace NameGender.Server.Feedback;

/// <summary>CSV in and out: import a company's existing feedback file, export every record.</summary>
internal static class FeedbackFilesApi
{
    private const string CsvType = "text/csv";

    private static readonly string[] MappingParameters =
        ["first_name", "last_name", "text", "rating", "posted_at", "country"];

    public static IEndpointRouteBuilder MapFeedbackFilesApi(this IEndpointRouteBuilder app)
    {
        var feedback = app.MapGroup("/api/v1/feedback").WithTags(FeedbackApi.Tag);

        feedback.MapPost("/import", ImportAsync)
            .WithName("ImportFeedback")
            .WithSummary("Import feedback from a CSV file, mapping its columns; rejected rows are reported by line")
            .WithDescription("The body is the CSV file (UTF-8, a header row first; comma, semicolon, tab or | "
                + "separated). Columns are found by their usual names (first_name, \"First Name\", surname, "
                + "comment, stars, date, country, …) or named with first_name=, last_name=, text=, rating=, posted_at=, "
                + "country= (ISO 3166-1 alpha-2 codes, which Identify Gender predicts with). "
                + "Every row is imported or listed in rejected with its line and reason; the imported rows land "
                + "in one transaction. The whole file is refused (400, nothing imported) for a quote never closed "
                + "before the last line, a column named twice, one column mapped to two fields, or an unknown "
                + "query parameter.")
            .DocumentsBody<string>()
            .WithRequestExample(CsvType, "Given,Surname,Comment,Stars,Date\nEmily,Carter,Great staff!,5,2026-03-01\n")
            .WithResponseExample("""
                {"rows": 2, "imported": 1, "rejected": [{"line": 3, "reason": "rating '9' is not a whole number from 1 to 5"}],
                 "columns": {"first_name": "Given", "last_name": "Surname", "text": "Comment", "rating": "Stars",
                 "posted_at": "Date"}}
                """);

        feedback.MapGet("/export", Export)
            .WithName("ExportFeedback")
            .WithSummary("Export every record as CSV, predictions included")
            .WithDescription("Columns as in the JSON records; times in ISO 8601 UTC. Text that a spreadsheet would "
                + "run as a formula gets a leading apostrophe, which the import removes again.")
            .Produces<string>(StatusCodes.Status200OK, CsvType)
            .WithMetadata(new EndpointExample(IsRequest: false, CsvType,
                "id,first_name,last_name,feedback,rating,posted_at,gender,p_female,gender_source,gender_model,"
                + "gender_set_at,sentiment,sentiment_positive,sentiment_negative,sentiment_neutral,sentiment_mixed,"
                + "sentiment_set_at,country\r\n1,Emily,Carter,Great staff!,5,2026-03-01T00:00:00.000Z,,,,,,,,,,,,US\r\n"));

        return app;
    }

    private static async Task<Results<Ok<ImportReport>, ProblemHttpResult>> ImportAsync(
        HttpContext context,
        [Description("The column holding first names (or full names).")] string? first_name,
        [Description("The column holding last names.")] string? last_name,
        [Description("The column holding the feedback text.")] string? text,
        [Description("The column holding 1-5 ratings.")] string? rating,
        [Description("The column holding the posted time; rows without one get the import time.")] string? posted_at,
        [Description("The column holding ISO 3166-1 alpha-2 country codes.")] string? country,
        IFeedbackStore store,
        IOptions<ServerOptions> options,
        TimeProvider time,
        FeedbackLog log)
    {
        var request = context.Request;
        if (UnknownMapping(request.Query) is { } unknown)
        {
            return Problems.BadQuery(
                $"Unknown query parameter '{unknown}'; the columns are mapped with {string.Join(", ", MappingParameters)}.");
        }

        if (request.ContentType is { } type && !type.StartsWith(CsvType, StringComparison.OrdinalIgnoreCase)
            && !type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase))
        {
            return Problems.UnsupportedMediaType(type, CsvType);
        }

        if (BodyCharset.NotUtf8(request.ContentType) is { } charset)
        {
            return Problems.CharsetNotUtf8(charset);
        }

        var limit = options.Value.MaxBodyBytes;
        var body = await RequestBodyReader.ReadAsync(request, limit, context.RequestAborted);
        if (body.TooLarge)
        {
            return Problems.TooLarge(limit);
        }

        if (Utf8Body.Validate(body.Bytes) is { } notUtf8)
        {
            return Problems.UnreadableBody(notUtf8 + " Save the file as UTF-8.");
        }

        CsvReadResult read;
        try
        {
            using var reader = new StringReader(Encoding.UTF8.GetString(body.Bytes).TrimStart('\uFEFF'));
            var mapping = new ColumnMapping(first_name, last_name, text, rating, posted_at, country);
            read = FeedbackCsvReader.Read(reader, mapping, time.GetUtcNow());
        }
        catch (CsvImportException e)
        {
            return FeedbackProblems.Unimportable(e.Message);
        }

        var imported = await store.AddManyAsync(read.Accepted, context.RequestAborted);
        var report = new ImportReport(read.Accepted.Count + read.Rejected.Count, imported, read.Rejected, read.Columns);
        log.Imported(report.Rows, report.Imported, report.Rejected.Count);
        return TypedResults.Ok(report);
    }

    // A misspelt mapping (frist_name=) would otherwise be ignored and the column guessed instead.
    private static string? UnknownMapping(IQueryCollection query) =>
        query.Keys.FirstOrDefault(key => !MappingParameters.Contains(key, StringComparer.OrdinalIgnoreCase));

    private static PushStreamHttpResult Export(HttpContext context, IFeedbackStore store, TimeProvider time)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"feedback-{time.GetUtcNow():yyyyMMdd-HHmmss}.csv");
        var aborted = context.RequestAborted;
        return TypedResults.Stream(
            async stream =>
            {
                await using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
                await FeedbackCsvWriter.WriteAsync(store.ReadAllAsync(aborted), writer, aborted);
            },
            CsvType + "; charset=utf-8",
            name);
    }
}
