using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace NameGender.Server.Models;

/// <summary>The served model: one holder shared by every request, and the watcher that fills it.</summary>
internal static class ModelServiceExtensions
{
    public static IServiceCollection AddNameGenderModel(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ModelHolder>();
        services.AddHostedService<ModelWatcher>();
        return services;
    }
}
