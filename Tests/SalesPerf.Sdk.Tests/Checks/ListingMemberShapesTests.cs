using System.Linq;
using SalesPerf.SdkConformance.Checks;
using SalesPerf.SdkConformance.Listing;

namespace SalesPerf.Sdk.Tests.Checks;

public sealed class ListingMemberShapesTests
{
    private static readonly ApiListing Listing = ApiListing.LoadEmbedded();

    [Fact]
    public void Of_EveryListingType_ParsesWithoutError()
    {
        var shapes = Listing.TypeKeys.Sum(k => ListingMemberShapes.Of(Listing.LinesOf(k)).Count);

        Assert.True(shapes > Listing.TypeCount, $"{shapes} shapes for {Listing.TypeCount} types");
    }

    [Fact]
    public void Of_DataCollectionTryGetValue_WritesOutAsRef()
    {
        var shapes = ListingMemberShapes.Of(Listing.LinesOf("Microsoft.Xrm.Sdk.DataCollection<TKey, TValue>"));

        Assert.Contains(ListingMemberShapes.Method(false, "TryGetValue", 0, ["TKey", "ref TValue"], "System.Boolean"), shapes);
        Assert.Contains(ListingMemberShapes.Method(false, "get_Item", 0, ["TKey"], "TValue"), shapes);
        Assert.Contains(ListingMemberShapes.Method(false, "set_Item", 0, ["TKey", "TValue"], "void"), shapes);
    }

    [Fact]
    public void Of_GenericMethod_UsesPositionsForItsTypeParameters()
    {
        var shapes = ListingMemberShapes.Of(Listing.LinesOf("Microsoft.Xrm.Sdk.Entity"));

        Assert.Contains(ListingMemberShapes.Method(false, "GetAttributeValue", 1, ["System.String"], "!!0"), shapes);
    }

    [Fact]
    public void Of_PropertyWithPrivateSetter_HasOnlyTheGetter()
    {
        var shapes = ListingMemberShapes.Of(Listing.LinesOf("Microsoft.Xrm.Sdk.AliasedValue"));

        Assert.Contains(ListingMemberShapes.Method(false, "get_AttributeLogicalName", 0, [], "System.String"), shapes);
        Assert.DoesNotContain(ListingMemberShapes.Method(false, "set_AttributeLogicalName", 0, ["System.String"], "void"), shapes);
    }
}
