using System.ComponentModel;
using Spectre.Console.Cli;

namespace NameGender.Cli.Commands;

internal sealed class SageMakerServeSettings : CommandSettings
{
    /// <summary>
    /// All addresses by default: inside a container the platform's network is the boundary, and
    /// SageMaker or a Kubernetes service reaches the container from outside it.
    /// </summary>
    [CommandOption("--host <ADDRESS>")]
    [Description("The address to listen on. Default 0.0.0.0, as a container must.")]
    public string? Host { get; init; }

    [CommandOption("-v|--verbose")]
    [Description("Log every request at debug level (costs throughput).")]
    public bool Verbose { get; init; }
}
