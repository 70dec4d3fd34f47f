namespace NameGender.Store;

/// <summary>
/// The steps of the store's multi-object operations, in the order they run. Tests inject a fault
/// before any of them to show that an interruption there leaves the store consistent.
/// </summary>
internal enum StoreStep
{
    UploadingModel,
    UploadingManifest,
    WritingCompletionMarker,
    WritingPromotedPointer,
    DeletingCompletionMarker,
    DeletingVersionFiles,
}
