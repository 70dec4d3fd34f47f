using System.Net;
using NameGender.Server.Tests.Fixtures;

namespace NameGender.Server.Tests.SageMaker;

/// <summary>Whatever arrives, /invocations answers 200 or a 4xx, never a 500.</summary>
public sealed class InvocationsRobustnessTests(ServedModelFixture served) : IClassFixture<ServedModelFixture>
{
    [Theory]
    [InlineData("text/csv")]
    [InlineData("application/json")]
    [InlineData("application/jsonlines")]
    public async Task Invocations_RandomBytes_NeverAnswer500(string contentType)
    {
        var random = new Random(20261203);
        byte[] alphabet = "\"\\,\n\r \t{}[]:TomAlie\0\u00e9"u8.ToArray();
        for (var i = 0; i < 150; i++)
        {
            var body = new byte[random.Next(0, 40)];
            for (var b = 0; b < body.Length; b++)
            {
                body[b] = random.Next(4) == 0 ? (byte)random.Next(256) : alphabet[random.Next(alphabet.Length)];
            }

            using var response = await served.Client.PostAsync(
                Http.Route("/invocations"), Http.Body(body, contentType));

            Assert.True(
                response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest,
                $"{(int)response.StatusCode} for {Convert.ToHexString(body)}");
        }
    }
}
