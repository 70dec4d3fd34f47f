using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace NameGender.Server.Requests;

/// <summary>
/// Refuses a query that repeats a parameter the route takes once (?name=Tom&amp;name=Allie): the
/// framework would join the values with a comma and answer for "Tom,Allie". Which parameters take
/// one value comes from the route's own handler, so a new route is covered without a list here; a
/// parameter bound to an array or StringValues takes several and is the route's to check.
/// </summary>
internal static class SingleValuedQueryExtensions
{
    private static readonly ConcurrentDictionary<Endpoint, string[]> SingleValued = new();

    public static IApplicationBuilder UseSingleValuedQuery(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.QueryString.HasValue && context.GetEndpoint() is { } endpoint)
            {
                var names = SingleValued.GetOrAdd(endpoint, Find);
                foreach (var name in names)
                {
                    var values = context.Request.Query[name];
                    if (values.Count > 1)
                    {
                        await Problems.RepeatedQuery(name, values.Count).ExecuteAsync(context);
                        return;
                    }
                }
            }

            await next(context);
        });

    private static string[] Find(Endpoint endpoint)
    {
        var routeValues = endpoint is RouteEndpoint route
            ? route.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : [];
        return endpoint.Metadata.GetOrderedMetadata<IParameterBindingMetadata>()
            .Where(p => !routeValues.Contains(p.Name) && TakesOneQueryValue(p))
            .Select(p => p.ParameterInfo.GetCustomAttribute<FromQueryAttribute>()?.Name ?? p.Name)
            .ToArray();
    }

    // Query parameters bind to strings and to types with TryParse; services and the context do not.
    private static bool TakesOneQueryValue(IParameterBindingMetadata binding)
    {
        var parameter = binding.ParameterInfo;
        var fromElsewhere = parameter.GetCustomAttributes().Any(a =>
            a is FromServicesAttribute or FromRouteAttribute or FromBodyAttribute or FromHeaderAttribute
                or FromFormAttribute);
        return !fromElsewhere && (parameter.ParameterType == typeof(string) || binding.HasTryParse);
    }
}
