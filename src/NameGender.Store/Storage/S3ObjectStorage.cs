using System.Net;
using System.Runtime.CompilerServices;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace NameGender.Store.Storage;

/// <summary>
/// Objects in an S3 bucket under a key prefix. A PUT of one object is atomic on S3 and on the
/// compatible servers: readers see the previous object or the whole new one. Uploads are sent
/// whole, not in aws-chunked encoding (the SDK's default for streams, and the carrier of its
/// trailing checksums), which some compatible servers store verbatim, chunk headers and all:
/// s3rver does. Every SDK failure becomes a <see cref="ModelStoreException"/> naming the object.
/// </summary>
internal sealed class S3ObjectStorage : IObjectStorage
{
    private readonly IAmazonS3 _client;
    private readonly S3StoreLocation _location;

    public S3ObjectStorage(IAmazonS3 client, S3StoreLocation location)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(location);

        _client = client;
        _location = location;
    }

    public string Location => _location.ToString();

    public string Describe(string key) =>
        $"{S3StoreLocation.Scheme}{_location.Bucket}/{_location.KeyOf(key)}";

    public Task PutFileAsync(string key, string sourcePath, CancellationToken cancellationToken) =>
        CallAsync(key, () => _client.PutObjectAsync(
            new PutObjectRequest
            {
                BucketName = _location.Bucket,
                Key = _location.KeyOf(key),
                FilePath = sourcePath,
                ContentType = "application/zip",
                UseChunkEncoding = false,
            },
            cancellationToken));

    public Task PutBytesAsync(
        string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken) =>
        CallAsync(key, () => _client.PutObjectAsync(
            new PutObjectRequest
            {
                BucketName = _location.Bucket,
                Key = _location.KeyOf(key),
                InputStream = new MemoryStream(content.ToArray(), writable: false),
                ContentType = "application/json",
                UseChunkEncoding = false,
            },
            cancellationToken));

    public Task<byte[]?> TryGetBytesAsync(string key, CancellationToken cancellationToken) =>
        CallAsync(key, async () =>
        {
            try
            {
                using var response = await _client.GetObjectAsync(
                    _location.Bucket, _location.KeyOf(key), cancellationToken);
                using var buffer = new MemoryStream();
                await response.ResponseStream.CopyToAsync(buffer, cancellationToken);
                return buffer.ToArray();
            }
            catch (AmazonS3Exception e) when (IsMissingObject(e))
            {
                return null;
            }
        });

    public Task<bool> TryDownloadAsync(
        string key, string destinationPath, CancellationToken cancellationToken) =>
        CallAsync(key, async () =>
        {
            try
            {
                using var response = await _client.GetObjectAsync(
                    _location.Bucket, _location.KeyOf(key), cancellationToken);
                await using var destination = File.Create(destinationPath);
                await response.ResponseStream.CopyToAsync(destination, cancellationToken);
                return true;
            }
            catch (AmazonS3Exception e) when (IsMissingObject(e))
            {
                return false;
            }
        });

    // Folders come from a full listing, not from a delimiter's common prefixes: s3rver, for one,
    // reports a common prefix only for folders that hold an object directly. Stores hold a few
    // objects per version, so the full listing stays a page or two.
    public async Task<IReadOnlyList<string>> ListFoldersAsync(
        string prefix, CancellationToken cancellationToken)
    {
        var folder = prefix.Trim('/');
        var start = folder.Length == 0 ? 0 : folder.Length + 1;
        var keys = await ListKeysAsync(folder, cancellationToken);
        return
        [
            .. keys
                .Select(k => k[start..])
                .Where(rest => rest.Contains('/', StringComparison.Ordinal))
                .Select(rest => rest[..rest.IndexOf('/', StringComparison.Ordinal)])
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal),
        ];
    }

    public Task<IReadOnlyList<string>> ListKeysAsync(string prefix, CancellationToken cancellationToken) =>
        CallAsync(prefix, async () =>
        {
            var rootPrefix = FolderPrefix(string.Empty);
            var keys = new List<string>();
            await foreach (var page in PagesAsync(FolderPrefix(prefix), cancellationToken))
            {
                keys.AddRange((page.S3Objects ?? []).Select(o => o.Key[rootPrefix.Length..]));
            }

            return (IReadOnlyList<string>)[.. keys.Order(StringComparer.Ordinal)];
        });

    public Task DeleteAsync(string key, CancellationToken cancellationToken) =>
        CallAsync(key, () => _client.DeleteObjectAsync(
            _location.Bucket, _location.KeyOf(key), cancellationToken));

    public void Dispose() => _client.Dispose();

    private async IAsyncEnumerable<ListObjectsV2Response> PagesAsync(
        string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var request = new ListObjectsV2Request { BucketName = _location.Bucket, Prefix = prefix };
        while (true)
        {
            var page = await _client.ListObjectsV2Async(request, cancellationToken);
            yield return page;
            if (page.IsTruncated != true)
            {
                yield break;
            }

            request.ContinuationToken = page.NextContinuationToken;
        }
    }

    private string FolderPrefix(string prefix)
    {
        var key = _location.KeyOf(prefix.Trim('/'));
        return key.Length == 0 ? key : key.TrimEnd('/') + "/";
    }

    private static bool IsMissingObject(AmazonS3Exception e) =>
        e.StatusCode == HttpStatusCode.NotFound && e.ErrorCode != "NoSuchBucket";

    private async Task CallAsync(string key, Func<Task> call) =>
        await CallAsync<object?>(key, async () =>
        {
            await call();
            return null;
        });

    private async Task<T> CallAsync<T>(string key, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (AmazonS3Exception e) when (e.ErrorCode == "NoSuchBucket")
        {
            throw new ModelStoreException(
                $"{Describe(key)}: the bucket '{_location.Bucket}' does not exist", e);
        }
        catch (AmazonS3Exception e)
        {
            throw new ModelStoreException(
                $"{Describe(key)}: the store answered {(int)e.StatusCode} {e.ErrorCode}: {e.Message}", e);
        }
        catch (Exception e)
            when (e is AmazonClientException or AmazonServiceException or HttpRequestException)
        {
            throw new ModelStoreException($"{Describe(key)}: {e.Message}", e);
        }
    }
}
