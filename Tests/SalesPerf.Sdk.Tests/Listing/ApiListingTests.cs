using System.Linq;
using SalesPerf.SdkConformance.Listing;

namespace SalesPerf.Sdk.Tests.Listing;

public sealed class ApiListingTests
{
    private static readonly ApiListing Listing = ApiListing.LoadEmbedded();

    [Fact]
    public void LoadEmbedded_RealListing_HasThePublicTypeCountItStates()
    {
        Assert.Equal(int.Parse(Listing.AssemblyFact("public-type-count")!), Listing.TypeCount);
    }

    [Fact]
    public void LoadEmbedded_RealListing_StatesTheSdkIdentity()
    {
        Assert.Equal("Microsoft.Xrm.Sdk", Listing.AssemblyFact("name"));
        Assert.Equal("9.0.0.0", Listing.AssemblyFact("version"));
        Assert.Equal("31bf3856ad364e35", Listing.AssemblyFact("public-key-token"));
    }

    [Fact]
    public void Contains_ConditionOperatorEqual_IsZero()
    {
        Assert.True(Listing.Contains(new ApiLine("Microsoft.Xrm.Sdk.Query.ConditionOperator", "field Equal = 0")));
        Assert.False(Listing.Contains(new ApiLine("Microsoft.Xrm.Sdk.Query.ConditionOperator", "field Equal = 1")));
    }

    [Fact]
    public void Contains_PropertyWithPrivateSetter_MatchesWithoutTheNonVisibleNote()
    {
        Assert.True(Listing.Contains(new ApiLine("Microsoft.Xrm.Sdk.AliasedValue", "property System.String AttributeLogicalName { get; }")));
        Assert.True(Listing.Contains(new ApiLine("Microsoft.Xrm.Sdk.AliasedValue", "property System.String AttributeLogicalName { get; } /* non-visible: set */")));
    }

    [Fact]
    public void Parse_AttributeLines_AreNotComparable()
    {
        var listing = ApiListing.Parse(new System.IO.StringReader(string.Join('\n',
            "Ns.T :: type class",
            "Ns.T :: attribute [System.SerializableAttribute()]",
            "Ns.T :: field Ns.T X",
            "Ns.T :: field Ns.T X @attribute [System.ObsoleteAttribute()]")));

        Assert.Equal(["type class", "field Ns.T X"], listing.LinesOf("Ns.T").Select(l => l.Fact));
    }

    [Fact]
    public void TypeKeyForMetadataName_GenericDataCollection_ResolvesToTheListingKey()
    {
        Assert.Equal("Microsoft.Xrm.Sdk.DataCollection<TKey, TValue>", Listing.TypeKeyForMetadataName("Microsoft.Xrm.Sdk.DataCollection`2"));
        Assert.Equal("Microsoft.Xrm.Sdk.DataCollection<T>", Listing.TypeKeyForMetadataName("Microsoft.Xrm.Sdk.DataCollection`1"));
    }

    [Fact]
    public void TypeKeyNames_GenericKey_GivesParameterNames()
    {
        Assert.Equal(["TKey", "TValue"], TypeKeyNames.GenericParameterNames("Microsoft.Xrm.Sdk.DataCollection<TKey, TValue>"));
    }
}
