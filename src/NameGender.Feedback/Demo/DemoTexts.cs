namespace NameGender.Feedback.Demo;

/// <summary>Feedback texts of each tone, written for the demo; a record's rating follows its tone.</summary>
internal static class DemoTexts
{
    public static readonly string[] Positive =
    [
        "I love this service, the staff were wonderful!",
        "Quick, friendly and helpful. Great experience.",
        "The new app makes ordering so easy. Thank you!",
        "Excellent support: my problem was solved in minutes.",
        "Very happy with the delivery, everything arrived on time.",
        "Friendly people and a clean, comfortable store.",
        "Best customer service I have had in years.",
        "Great value and a fantastic team. Highly recommended.",
        "The advisor was patient and explained everything clearly.",
        "Smooth checkout and a lovely surprise in the package.",
    ];

    public static readonly string[] Negative =
    [
        "Terrible wait, nobody helped me.",
        "The order arrived broken and support never answered.",
        "Rude staff and a dirty waiting room.",
        "I was charged twice and it took weeks to get a refund.",
        "The app keeps crashing; very frustrating.",
        "Awful experience, I will not come back.",
        "Nobody could answer a simple question. Disappointing.",
        "Delivery was late again and the food was cold.",
        "Horrible hold music for forty minutes, then I was cut off.",
        "The product stopped working after two days. Useless.",
    ];

    public static readonly string[] Neutral =
    [
        "I picked up my order at the counter.",
        "The store opens at nine on weekdays.",
        "I used the website to change my address.",
        "Ordered the blue model, it arrived on Tuesday.",
        "Called support about my invoice.",
        "Visited the downtown branch this morning.",
    ];

    public static readonly string[] Mixed =
    [
        "The staff were lovely, but the wait was terrible.",
        "Great prices, awful parking.",
        "Friendly driver, but the package was damaged.",
        "The food was excellent but the service was painfully slow.",
        "Helpful advice, though the website is a mess.",
    ];
}
