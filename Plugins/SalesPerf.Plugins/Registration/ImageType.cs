namespace SalesPerf.Plugins.Registration;

/// <summary>Dataverse's step image <c>imagetype</c> option values.</summary>
public enum ImageType
{
    PreImage = 0,
    PostImage = 1,
    Both = 2,
}
