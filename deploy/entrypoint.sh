#!/bin/sh
# The container's entry point. SageMaker starts a training job as `docker run IMAGE train` and an
# endpoint as `docker run IMAGE serve`; those two map to the SageMaker commands. Anything else is a
# namegender command line (`docker run IMAGE predict Tom`), and no argument serves.
set -eu

app="${NAMEGENDER_APP:-/app/namegender.dll}"

case "${1:-serve}" in
    train)
        [ "$#" -gt 0 ] && shift
        exec dotnet "$app" sagemaker train "$@"
        ;;
    serve)
        [ "$#" -gt 0 ] && shift
        exec dotnet "$app" sagemaker serve "$@"
        ;;
    *)
        exec dotnet "$app" "$@"
        ;;
esac
