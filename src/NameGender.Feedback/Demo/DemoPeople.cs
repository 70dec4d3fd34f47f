namespace NameGender.Feedback.Demo;

/// <summary>
/// The names the demo draws from: common US first names of each sex, a few given to both (Jordan,
/// Taylor), and a few that no model can read (blank, initials, a title and surname), so every
/// outcome of Identify Gender shows up.
/// </summary>
internal static class DemoPeople
{
    public static readonly string[] Women =
    [
        "Emily", "Olivia", "Sophia", "Emma", "Ava", "Isabella", "Mia", "Abigail", "Madison", "Elizabeth",
        "Sarah", "Jessica", "Jennifer", "Ashley", "Amanda", "Stephanie", "Nicole", "Melissa", "Rebecca", "Laura",
        "Maria", "Linda", "Patricia", "Susan", "Karen", "Nancy", "Lisa", "Michelle", "Hannah", "Grace",
        "Chloe", "Natalie", "Zoë", "Renée", "Allie", "Megan", "Rachel", "Heather", "Amy", "Angela",
    ];

    public static readonly string[] Men =
    [
        "Robert", "James", "John", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Charles",
        "Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven", "Paul", "Andrew", "Joshua",
        "Kevin", "Brian", "George", "Edward", "Ronald", "Timothy", "Jason", "Jeffrey", "Ryan", "Jacob",
        "Gary", "Eric", "Stephen", "Jonathan", "Larry", "Justin", "Scott", "Brandon", "Benjamin", "José",
    ];

    public static readonly string[] Either = ["Jordan", "Taylor", "Casey", "Riley", "Avery", "Morgan", "Jamie", "Alex"];

    public static readonly string?[] Unreadable = [null, "", "J.", "Dr. Hale", "Xqzvbnt"];

    public static readonly string[] LastNames =
    [
        "Carter", "Hale", "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
        "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore",
        "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez",
        "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen",
        "O'Brien", "Müller", "Kowalski", "Okafor", "Chen",
    ];
}
