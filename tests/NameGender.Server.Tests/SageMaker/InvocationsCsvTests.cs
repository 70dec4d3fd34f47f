using System.Net;
using System.Text;
using NameGender.Server.Tests.Fixtures;

namespace NameGender.Server.Tests.SageMaker;

/// <summary>POST /invocations with CSV bodies, against the real server.</summary>
public sealed class InvocationsCsvTests(ServedModelFixture served) : IClassFixture<ServedModelFixture>
{
    private readonly HttpClient _client = served.Client;

    [Fact]
    public async Task Invocations_ThreeNames_AnswersTheOriginalMap()
    {
        using var response = await _client.InvokeAsync("Tom,Allie,Jim");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"Tom":"M","Allie":"F","Jim":"M"}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("text/csv")]
    [InlineData("text/csv; charset=utf-8")]
    [InlineData("Text/CSV")]
    [InlineData("TEXT/csv;charset=UTF-8")]
    [InlineData(null)]
    public async Task Invocations_CsvContentTypeInAnyCase_Answers200(string? contentType)
    {
        using var response = await _client.InvokeAsync("Tom,Allie", contentType);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([new("Tom", "M"), new("Allie", "F")], await response.ReadMapAsync());
    }

    [Theory]
    [InlineData("application/octet-stream")]
    [InlineData("text/plain")]
    public async Task Invocations_UnsupportedContentType_Answers415ListingTheAcceptedTypes(string contentType)
    {
        using var response = await _client.InvokeAsync("Tom", contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var detail = await response.ReadDetailAsync();
        Assert.Contains("text/csv, application/json, application/jsonlines", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/csv; charset=iso-8859-1", "iso-8859-1")]
    [InlineData("text/csv; charset=latin1", "latin1")]
    [InlineData("application/json; charset=\"windows-1252\"", "windows-1252")]
    public async Task Invocations_CharsetOtherThanUtf8_Answers415SayingOnlyUtf8(string contentType, string charset)
    {
        using var response = await _client.InvokeAsync("Tom", contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var detail = await response.ReadDetailAsync();
        Assert.Contains($"'{charset}'", detail, StringComparison.Ordinal);
        Assert.Contains("only UTF-8", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("send one of", detail, StringComparison.Ordinal);
    }

    public static TheoryData<string, byte[]> EmptyOrUndecodableBodies => new()
    {
        { "no bytes", [] },
        { "only blanks", "   "u8.ToArray() },
        { "a NUL byte", [0] },
        { "a name with a NUL byte", "Tom\0"u8.ToArray() },
        { "only commas", ",,,"u8.ToArray() },
        { "a lone line feed", "\n"u8.ToArray() },
        { "a lone CRLF", "\r\n"u8.ToArray() },
        { "blanks, commas and line breaks", " , \r\n ,\t\n"u8.ToArray() },
        { "an empty quoted name", "\"\",\"  \""u8.ToArray() },
        { "invalid UTF-8", [(byte)'T', 0xC3, 0x28] },
        { "a lone continuation byte", [0x80] },
        { "a byte-order mark alone", [0xEF, 0xBB, 0xBF] },
        { "an unclosed quote", "Tom,\"Allie"u8.ToArray() },
        { "text after a closing quote", "\"Tom\"my,Allie"u8.ToArray() },
    };

    [Theory]
    [MemberData(nameof(EmptyOrUndecodableBodies))]
    public async Task Invocations_EmptyOrUndecodableBody_Answers400WithAMessage(string description, byte[] body)
    {
        using var response = await _client.PostAsync(Http.Route("/invocations"), Http.Body(body, "text/csv"));

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, description);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var detail = (await response.ReadJsonAsync()).GetProperty("detail").GetString();
        Assert.False(string.IsNullOrWhiteSpace(detail), description);
    }

    [Fact]
    public async Task Invocations_InvalidUtf8_NamesTheOffendingOffset()
    {
        using var response = await _client.PostAsync(
            Http.Route("/invocations"), Http.Body([(byte)'T', (byte)'o', 0xFF, (byte)'m'], "text/csv"));

        var detail = await response.ReadDetailAsync();
        Assert.Contains("not valid UTF-8", detail, StringComparison.Ordinal);
        Assert.Contains("offset 2", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invocations_UnclosedQuote_NamesWhereItOpened()
    {
        using var response = await _client.InvokeAsync("Tom,\n Allie,\"Jim");

        var detail = await response.ReadDetailAsync();
        Assert.Contains("line 2, column 8", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invocations_RandomLetters_AnswersUnknownBetweenTheNames()
    {
        using var response = await _client.InvokeAsync("Tom,Xqzvbnt,Allie");

        Assert.Equal([new("Tom", "M"), new("Xqzvbnt", "U"), new("Allie", "F")], await response.ReadMapAsync());
    }

    [Fact]
    public async Task Invocations_KeysKeepTheCaseSent_GendersDoNotDependOnIt()
    {
        using var mixed = await _client.InvokeAsync("tom,ALLIE,Jim");
        using var plain = await _client.InvokeAsync("Tom,Allie,Jim");

        var mixedMap = await mixed.ReadMapAsync();
        var plainMap = await plain.ReadMapAsync();
        Assert.Equal(["tom", "ALLIE", "Jim"], mixedMap.Select(p => p.Key));
        Assert.Equal(plainMap.Select(p => p.Value), mixedMap.Select(p => p.Value));
    }

    [Fact]
    public async Task Invocations_SpacesAroundNames_AreTrimmedFromTheKeys()
    {
        using var response = await _client.InvokeAsync("Tom, Allie ,Jim\t");

        Assert.Equal(["Tom", "Allie", "Jim"], (await response.ReadMapAsync()).Select(p => p.Key));
    }

    [Fact]
    public async Task Invocations_ByteOrderMarkAndCrlf_LeaveNoMarkReturnOrPhantomName()
    {
        var body = Encoding.UTF8.GetPreamble().Concat("Tom\r\nAllie\r\nJim\r\n"u8.ToArray()).ToArray();

        using var response = await _client.PostAsync(Http.Route("/invocations"), Http.Body(body, "text/csv"));

        Assert.Equal([new("Tom", "M"), new("Allie", "F"), new("Jim", "M")], await response.ReadMapAsync());
    }

    [Theory]
    [InlineData("Tom,,Allie", new[] { "Tom", "Allie" })]
    [InlineData("Tom\nAllie,Jim\n", new[] { "Tom", "Allie", "Jim" })]
    [InlineData("Tom\rAllie", new[] { "Tom", "Allie" })]
    [InlineData("\"Carter, Emily\",Tom", new[] { "Carter, Emily", "Tom" })]
    [InlineData("Tom, \"Carter, Emily\" ", new[] { "Tom", "Carter, Emily" })]
    [InlineData("\"Tom \"\"The Tank\"\" Jones\"", new[] { "Tom \"The Tank\" Jones" })]
    [InlineData("\"Allie\nJones\",Jim", new[] { "Allie\nJones", "Jim" })]
    [InlineData("\"\",Tom,\"\"", new[] { "Tom" })]
    [InlineData("O\"Brien", new[] { "O\"Brien" })]
    public async Task Invocations_SeparatorsAndQuotes_FollowRfc4180(string body, string[] expectedKeys)
    {
        using var response = await _client.InvokeAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expectedKeys, (await response.ReadMapAsync()).Select(p => p.Key));
    }

    [Fact]
    public async Task Invocations_RepeatedName_SharesOneKey()
    {
        using var response = await _client.InvokeAsync("Tom,Allie,Tom");

        Assert.Equal([new("Tom", "M"), new("Allie", "F")], await response.ReadMapAsync());
    }

    [Fact]
    public async Task Invocations_TwentyThousandDistinctNames_AnswersEveryOne()
    {
        var names = Enumerable.Range(0, 20_000)
            .Select(i => "Name" + i.ToString("x5", System.Globalization.CultureInfo.InvariantCulture))
            .ToList();

        using var response = await _client.InvokeAsync(string.Join('\n', names));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var map = await response.ReadMapAsync();
        Assert.Equal(names, map.Select(p => p.Key));
        Assert.All(map, p => Assert.Contains(p.Value, new[] { "M", "F", "U" }));
    }
}
