using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace NameGender.Server.Models;

/// <summary>
/// The served model: one holder shared by every request, the watcher that fills it, and the
/// source it follows: the promoted version in Server:Store, else the file at Server:ModelPath.
/// </summary>
internal static class ModelServiceExtensions
{
    public static IServiceCollection AddNameGenderModel(
        this IServiceCollection services, ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ModelHolder>();
        if (options.ServesFromStore)
        {
            services.AddSingleton<IModelSource, StoreModelSource>();
        }
        else
        {
            services.AddSingleton<IModelSource, FileModelSource>();
        }

        services.AddHostedService<ModelWatcher>();
        return services;
    }
}
