using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace NameGender.Server.Security;

/// <summary>
/// Access control: credentials are asked for only when some are configured (the options refuse a
/// server that listens beyond loopback without them). Then the health check stays open, the
/// prediction routes stay open if Server:Access:OpenPredictions says so, and everything else, the
/// feedback app first, needs an API key or the user and password.
/// </summary>
internal static class AccessExtensions
{
    public static IServiceCollection AddNameGenderAccess(this IServiceCollection services)
    {
        // The core services only: AddAuthentication would also bring data protection and its key
        // ring, which nothing here uses (there are no cookies or tokens to protect).
        services.AddAuthenticationCore(options => options.DefaultScheme = CredentialsHandler.SchemeName);
        services.TryAddSingleton(UrlEncoder.Default);
        new AuthenticationBuilder(services)
            .AddScheme<AuthenticationSchemeOptions, CredentialsHandler>(CredentialsHandler.SchemeName, configureOptions: null);
        return services;
    }

    /// <summary>Goes after routing, so the decision is made on the endpoint that will answer.</summary>
    public static WebApplication UseNameGenderAccess(this WebApplication app)
    {
        var access = app.Services.GetRequiredService<IOptions<ServerOptions>>().Value.Access;
        if (!access.HasCredentials)
        {
            return app;
        }

        app.Use(async (context, next) =>
        {
            var route = RouteClassifier.Classify(context);
            var open = route == RouteAccess.Public || (route == RouteAccess.Predictions && access.OpenPredictions);
            if (open)
            {
                await next(context);
                return;
            }

            var result = await context.AuthenticateAsync(CredentialsHandler.SchemeName);
            if (result.Succeeded)
            {
                context.User = result.Principal;
                await next(context);
                return;
            }

            await context.ChallengeAsync(CredentialsHandler.SchemeName);
        });
        return app;
    }
}
