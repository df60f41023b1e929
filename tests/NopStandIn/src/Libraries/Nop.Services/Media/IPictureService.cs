using Nop.Core.Domain.Media;

namespace Nop.Services.Media;

// Real source: src/Libraries/Nop.Services/Media/IPictureService.cs
// Only the members the plugin uses; the real interface has many more (thumbnails, uploads, SEO names...).
public partial interface IPictureService
{
    /// <summary>The URL of the picture; with showDefaultPicture false, an empty string when there is none.</summary>
    Task<string> GetPictureUrlAsync(int pictureId,
        int targetSize = 0,
        bool showDefaultPicture = true,
        string storeLocation = null,
        PictureType defaultPictureType = PictureType.Entity);
}
