using System.Collections.Generic;

namespace SalesPerf.Plugins.Registration;

/// <summary>One declared entity image of a step; <see cref="EntityAlias"/> is its key in the context's image collection.</summary>
public sealed record ImageRegistration(string Name, string EntityAlias, ImageType Type, IReadOnlyList<string> Attributes)
{
    public bool IsPreImage => Type is ImageType.PreImage or ImageType.Both;

    public bool IsPostImage => Type is ImageType.PostImage or ImageType.Both;
}
