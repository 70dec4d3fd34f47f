namespace NameGender.Server.Security;

/// <summary>Who may call a route when the server asks for credentials.</summary>
internal enum RouteAccess
{
    /// <summary>Anyone: the health check that load balancers and SageMaker call.</summary>
    Public,

    /// <summary>Anyone when Server:Access:OpenPredictions is set: predictions and read-only operations.</summary>
    Predictions,

    /// <summary>Only with credentials: the feedback app, its API, and any route not named here.</summary>
    Protected,
}
