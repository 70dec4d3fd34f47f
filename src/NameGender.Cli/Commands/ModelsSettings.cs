using System.ComponentModel;
using Spectre.Console.Cli;

namespace NameGender.Cli.Commands;

/// <summary>Options shared by the models commands: which store, and how to reach it.</summary>
internal class ModelsSettings : CommandSettings
{
    [CommandOption("-s|--store <STORE>")]
    [Description("A folder, or s3://bucket/prefix. "
        + "Default: $NAMEGENDER_STORE, else namegender/models in the user's data folder.")]
    public string? Store { get; init; }

    [CommandOption("--s3-endpoint <URL>")]
    [Description("An S3-compatible server, e.g. http://127.0.0.1:4568 (path-style addressing). "
        + "Default: $AWS_ENDPOINT_URL_S3 or $AWS_ENDPOINT_URL, else AWS. "
        + "Credentials and region come from the AWS environment and profile.")]
    public string? S3Endpoint { get; init; }

    [CommandOption("-v|--verbose")]
    [Description("Log what the store does to standard error.")]
    public bool Verbose { get; init; }
}
