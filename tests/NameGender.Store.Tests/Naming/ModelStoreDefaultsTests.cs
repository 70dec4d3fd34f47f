namespace NameGender.Store.Tests.Naming;

public sealed class ModelStoreDefaultsTests
{
    [Fact]
    public void StoreLocation_WithoutOverride_IsInTheUsersDataFolderNotACheckout()
    {
        if (Environment.GetEnvironmentVariable(ModelStoreDefaults.StoreVariable) is { Length: > 0 })
        {
            return;
        }

        var location = ModelStoreDefaults.StoreLocation;

        Assert.StartsWith(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), location, StringComparison.Ordinal);
        Assert.EndsWith(Path.Combine("namegender", "models"), location, StringComparison.Ordinal);
    }
}
