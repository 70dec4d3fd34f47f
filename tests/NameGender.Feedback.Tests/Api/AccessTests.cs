using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using NameGender.Feedback.Tests.Fixtures;
using NameGender.Server;

namespace NameGender.Feedback.Tests.Api;

/// <summary>Who may use what: loopback needs nothing, anything else needs credentials.</summary>
public sealed class AccessTests
{
    private const string ApiKey = "test-key-0123456789abcdef";

    [Theory]
    [InlineData("0.0.0.0", null)]
    [InlineData("127.0.0.1", "http://0.0.0.0:0")]
    [InlineData("127.0.0.1", "http://*:0")]
    public void Build_BeyondLoopbackWithoutCredentials_RefusesToStart(string host, string? urls)
    {
        var error = Assert.Throws<OptionsValidationException>(() => NameGenderServer.Build(options =>
        {
            options.ModelPath = BundledModel.ModelPath;
            options.Host = host;
            options.Urls = urls;
        }));

        Assert.Contains(error.Failures, f => f.Contains("without credentials", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Build_BeyondLoopbackPredictionsOnly_NeedsNoCredentials()
    {
        await using var app = NameGenderServer.Build(options =>
        {
            options.ModelPath = BundledModel.ModelPath;
            options.Host = "0.0.0.0";
            options.Feedback.Enabled = false;
            options.Access.OpenPredictions = true;
        });

        Assert.NotNull(app);
    }

    [Theory]
    [InlineData("short", null, null, "ApiKey")]
    [InlineData(null, "admin", null, "go together")]
    [InlineData(null, "admin", "short", "Password")]
    [InlineData(null, "ad:min", "long enough password", "':'")]
    public void Build_WeakOrHalfCredentials_RefusesToStart(string? key, string? user, string? password, string named)
    {
        var error = Assert.Throws<OptionsValidationException>(() => NameGenderServer.Build(options =>
        {
            options.ModelPath = BundledModel.ModelPath;
            options.Access.ApiKey = key;
            options.Access.User = user;
            options.Access.Password = password;
        }));

        Assert.Contains(error.Failures, f => f.Contains(named, StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithCredentials_FeedbackAppAndPredictions_NeedThemButPingDoesNot()
    {
        await using var server = await FeedbackServer.StartAsync(DatabaseKind.Sqlite, options =>
        {
            options.Access.ApiKey = ApiKey;
            options.Access.User = "staff";
            options.Access.Password = "correct horse battery";
        });
        var client = server.Client;

        using var page = await client.GetAsync(Json.Route("/"));
        using var list = await client.GetAsync(Json.Route("/api/v1/feedback"));
        using var predict = await client.GetAsync(Json.Route("/api/v1/gender?name=Tom"));
        using var metrics = await client.GetAsync(Json.Route("/metrics"));
        using var ping = await client.GetAsync(Json.Route("/ping"));

        Assert.All([page, list, predict, metrics], r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        Assert.StartsWith("Basic", page.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, ping.StatusCode);
    }

    [Fact]
    public async Task WithCredentials_RightKeyOrPassword_IsLetInAndAWrongOneIsNot()
    {
        await using var server = await FeedbackServer.StartAsync(DatabaseKind.Sqlite, options =>
        {
            options.Access.ApiKey = ApiKey;
            options.Access.User = "staff";
            options.Access.Password = "correct horse battery";
        });

        var withKey = await SendAsync(server, "/api/v1/feedback", r => r.Headers.Add("X-Api-Key", ApiKey));
        var wrongKey = await SendAsync(server, "/api/v1/feedback", r => r.Headers.Add("X-Api-Key", ApiKey + "x"));
        var withPassword = await SendAsync(server, "/", r => r.Headers.Authorization = Basic("staff", "correct horse battery"));
        var wrongPassword = await SendAsync(server, "/", r => r.Headers.Authorization = Basic("staff", "wrong horse battery"));

        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.Unauthorized, HttpStatusCode.OK, HttpStatusCode.Unauthorized],
            [withKey, wrongKey, withPassword, wrongPassword]);
    }

    [Fact]
    public async Task WithCredentialsAndOpenPredictions_PredictionsAreOpenButTheAppIsNot()
    {
        await using var server = await FeedbackServer.StartAsync(DatabaseKind.Sqlite, options =>
        {
            options.Access.ApiKey = ApiKey;
            options.Access.OpenPredictions = true;
        });

        using var predict = await server.Client.GetAsync(Json.Route("/api/v1/gender?name=Tom"));
        using var insights = await server.Client.GetAsync(Json.Route("/api/v1/insights/gender"));

        Assert.Equal(HttpStatusCode.OK, predict.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, insights.StatusCode);
    }

    [Fact]
    public async Task Page_IsServedAtTheRootWithAContentSecurityPolicy()
    {
        await using var server = await FeedbackServer.StartAsync(DatabaseKind.Sqlite);

        using var page = await server.Client.GetAsync(Json.Route("/"));
        using var script = await server.Client.GetAsync(Json.Route("/feedback.js"));

        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("Identify Gender", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var code = await script.Content.ReadAsStringAsync();
        Assert.DoesNotContain(".innerHTML", code, StringComparison.Ordinal);
        Assert.DoesNotContain("insertAdjacentHTML", code, StringComparison.Ordinal);
    }

    private static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));

    private static async Task<HttpStatusCode> SendAsync(FeedbackServer server, string path, Action<HttpRequestMessage> prepare)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Json.Route(path));
        prepare(request);
        using var response = await server.Client.SendAsync(request);
        return response.StatusCode;
    }
}
