using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using NameGender.Server.Api;
using NameGender.Server.Feedback;
using NameGender.Server.Genderize;
using NameGender.Server.Hosting;
using NameGender.Server.Models;
using NameGender.Server.Observability;
using NameGender.Server.SageMaker;
using NameGender.Server.Security;

namespace NameGender.Server;

/// <summary>Builds the NameGender web application, ready to run.</summary>
public static class NameGenderServer
{
    /// <summary>
    /// The prefix of the environment variables read as configuration: NAMEGENDER_SERVER__PORT=9000.
    /// </summary>
    public const string EnvironmentPrefix = "NAMEGENDER_";

    /// <summary>
    /// Builds the app from appsettings.json beside the executable, NAMEGENDER_* environment
    /// variables and finally <paramref name="configure"/>. Throws
    /// <see cref="Microsoft.Extensions.Options.OptionsValidationException"/> for invalid options.
    /// </summary>
    public static WebApplication Build(Action<ServerOptions>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddEnvironmentVariables(EnvironmentPrefix);

        var options = builder.AddNameGenderOptions(configure);
        builder.AddNameGenderLogging(options);
        builder.AddNameGenderKestrel(options);
        builder.Services.AddNameGenderModel(options);
        builder.Services.AddNameGenderMetrics();
        builder.Services.AddNameGenderApi();
        builder.Services.AddNameGenderAccess();
        builder.Services.AddNameGenderFeedback(options);

        var app = builder.Build();
        app.UseNameGenderPipeline();
        app.MapSageMakerEndpoints();
        app.MapGenderApi();
        app.MapGenderizeApi();
        app.MapNameGenderOperations();
        app.MapFeedbackApp();
        return app;
    }
}
