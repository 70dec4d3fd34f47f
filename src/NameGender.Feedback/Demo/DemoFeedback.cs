using NameGender.Feedback.Records;

namespace NameGender.Feedback.Demo;

/// <summary>
/// Generated feedback for trying the app: the same seed and the same "now" give the same records.
/// </summary>
/// <remarks>
/// Each record picks a person (45% women's names, 45% men's, 6% names given to both, 4% names no
/// model can read), a last name, a tone and a text of that tone, a rating that follows the tone
/// (positive 4-5, mixed 2-4, neutral 3-4, negative 1-2; one in ten has no rating) and a posted time
/// within the 90 days before now. Tones differ by sex on purpose, so the insights have something to
/// find: women's feedback is positive 55% and negative 20% of the time, men's 42% and 30%.
/// </remarks>
public static class DemoFeedback
{
    public const int DefaultCount = 300;

    public const int DefaultSeed = 20_240_601;

    public static IReadOnlyList<NewFeedback> Generate(int count, int seed, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);

        var random = new Random(seed);
        var records = new List<NewFeedback>(count);
        for (var i = 0; i < count; i++)
        {
            var (firstName, positive, negative) = random.NextDouble() switch
            {
                < 0.45 => (Pick(random, DemoPeople.Women), 0.55, 0.20),
                < 0.90 => (Pick(random, DemoPeople.Men), 0.42, 0.30),
                < 0.96 => (Pick(random, DemoPeople.Either), 0.48, 0.25),
                _ => (Pick(random, DemoPeople.Unreadable), 0.48, 0.25),
            };

            var tone = random.NextDouble();
            var (texts, low, high) = tone < positive ? (DemoTexts.Positive, 4, 5)
                : tone < positive + negative ? (DemoTexts.Negative, 1, 2)
                : tone < positive + negative + 0.12 ? (DemoTexts.Mixed, 2, 4)
                : (DemoTexts.Neutral, 3, 4);
            int? rating = random.NextDouble() < 0.1 ? null : random.Next(low, high + 1);
            var postedAt = now - TimeSpan.FromMinutes(random.Next(0, 90 * 24 * 60));

            records.Add(new NewFeedback(firstName, Pick(random, DemoPeople.LastNames), Pick(random, texts), rating, postedAt));
        }

        // Oldest first, so ids grow with time as they would for real feedback.
        return records.OrderBy(r => r.PostedAt).ToList();
    }

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];
}
