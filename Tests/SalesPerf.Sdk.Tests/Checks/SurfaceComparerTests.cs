using SalesPerf.SdkConformance.Checks;
using SalesPerf.SdkConformance.Listing;

namespace SalesPerf.Sdk.Tests.Checks;

/// <summary>The comparer fails on each way a stand-in can drift from the real SDK, with a precise message.</summary>
public sealed class SurfaceComparerTests
{
    private static readonly ApiListing Listing = ApiListing.LoadEmbedded();

    private static string Single(string key, string fact) =>
        Assert.Single(SurfaceComparer.Compare([new ApiLine(key, fact)], Listing)).Message;

    [Fact]
    public void Compare_RealLine_ReportsNothing()
    {
        Assert.Empty(SurfaceComparer.Compare([new ApiLine("Microsoft.Xrm.Sdk.IPlugin", "method void Execute(System.IServiceProvider serviceProvider)")], Listing));
    }

    [Fact]
    public void Compare_SupersetMethod_ReportsStandInOnlyMember()
    {
        Assert.Equal(
            "stand-in has `method System.String Foo()` on Microsoft.Xrm.Sdk.Entity; the real SDK does not",
            Single("Microsoft.Xrm.Sdk.Entity", "method System.String Foo()"));
    }

    [Fact]
    public void Compare_ChangedReturnType_ShowsClosestRealLine()
    {
        Assert.Equal(
            "stand-in has `method System.Object ToEntityReference()` on Microsoft.Xrm.Sdk.Entity; the real SDK does not"
            + " (closest real line: `method Microsoft.Xrm.Sdk.EntityReference ToEntityReference()`)",
            Single("Microsoft.Xrm.Sdk.Entity", "method System.Object ToEntityReference()"));
    }

    [Fact]
    public void Compare_PublicConstructorWhereRealIsInternal_IsReported()
    {
        Assert.Equal(
            "stand-in has `ctor()` on Microsoft.Xrm.Sdk.DataCollection<T>; the real SDK does not",
            Single("Microsoft.Xrm.Sdk.DataCollection<T>", "ctor()"));
    }

    [Fact]
    public void Compare_ProtectedInternalConstructorMadePublic_ShowsTheRealVisibility()
    {
        Assert.Equal(
            "stand-in has `ctor(System.Collections.Generic.IDictionary<System.String, System.Object> collection)` on Microsoft.Xrm.Sdk.AttributeCollection;"
            + " the real SDK does not (closest real line: `ctor protected internal(System.Collections.Generic.IDictionary<System.String, System.Object> collection)`)",
            Single("Microsoft.Xrm.Sdk.AttributeCollection", "ctor(System.Collections.Generic.IDictionary<System.String, System.Object> collection)"));
    }

    [Fact]
    public void Compare_EnumValueChanged_ShowsTheRealValue()
    {
        Assert.Equal(
            "stand-in has `field Equal = 1` on Microsoft.Xrm.Sdk.Query.ConditionOperator; the real SDK does not (closest real line: `field Equal = 0`)",
            Single("Microsoft.Xrm.Sdk.Query.ConditionOperator", "field Equal = 1"));
    }

    [Fact]
    public void Compare_SealedWhereRealIsNot_ShowsTheRealTypeLine()
    {
        Assert.Equal(
            "stand-in has `type sealed class` on Microsoft.Xrm.Sdk.Entity; the real SDK does not (closest real line: `type class`)",
            Single("Microsoft.Xrm.Sdk.Entity", "type sealed class"));
    }

    [Fact]
    public void Compare_TypeTheRealSdkLacks_IsReportedOnce()
    {
        var differences = SurfaceComparer.Compare(
            [new ApiLine("Microsoft.Xrm.Sdk.EntityHelper", "type static class"), new ApiLine("Microsoft.Xrm.Sdk.EntityHelper", "extends System.Object")],
            Listing);

        Assert.Equal("stand-in has type `Microsoft.Xrm.Sdk.EntityHelper`; the real SDK has no such public type", Assert.Single(differences).Message);
    }
}
