using System;
using System.Reflection;
using System.Reflection.Emit;
using SalesPerf.Sdk.Tests.Support;
using SalesPerf.SdkConformance.Checks;
using SalesPerf.SdkConformance.Listing;
using SalesPerf.SdkConformance.Surface;

namespace SalesPerf.Sdk.Tests.Checks;

/// <summary>The whole pipeline (metadata, rendering, comparison, identity) fails on a test-made stand-in that drifts from the real SDK.</summary>
public sealed class StandInConformanceEmittedTests
{
    private static readonly ApiListing Listing = ApiListing.LoadEmbedded();

    [Fact]
    public void Check_EntityWithExtraMethod_ReportsOnlyTheExtraMethod()
    {
        var (assembly, module) = AssemblyEmitter.Start(new AssemblyName("Microsoft.Xrm.Sdk") { Version = new Version(9, 0, 0, 0) });
        var entity = module.DefineType("Microsoft.Xrm.Sdk.Entity", TypeAttributes.Public | TypeAttributes.Class, typeof(object));
        AssemblyEmitter.Constructor(entity, MethodAttributes.Public, []);
        var contains = AssemblyEmitter.Method(entity, "Contains", MethodAttributes.Public, typeof(bool), [typeof(string)]);
        contains.DefineParameter(1, ParameterAttributes.None, "attributeName");
        var setValue = AssemblyEmitter.Method(entity, "SetAttributeValue", MethodAttributes.Family | MethodAttributes.Virtual | MethodAttributes.NewSlot,
            typeof(void), [typeof(string), typeof(object)]);
        setValue.DefineParameter(1, ParameterAttributes.None, "attributeLogicalName");
        setValue.DefineParameter(2, ParameterAttributes.None, "value");
        AssemblyEmitter.Method(entity, "Foo", MethodAttributes.Public, typeof(string), []);
        entity.CreateType();
        var path = AssemblyEmitter.Save(assembly, "Microsoft.Xrm.Sdk");

        var report = StandInConformance.Check(path, Listing, "test stand-in");

        Assert.Equal(6, report.Checked);
        Assert.Equal("stand-in has `method System.String Foo()` on Microsoft.Xrm.Sdk.Entity; the real SDK does not", Assert.Single(report.Violations));
    }

    [Fact]
    public void Check_IdentityWithoutKeyAndWrongVersion_ReportsEachFact()
    {
        var (assembly, module) = AssemblyEmitter.Start(new AssemblyName("Microsoft.Xrm.Sdk") { Version = new Version(1, 0, 0, 0) });
        module.DefineType("Microsoft.Xrm.Sdk.IPlugin", TypeAttributes.Public | TypeAttributes.Interface | TypeAttributes.Abstract).CreateType();
        var path = AssemblyEmitter.Save(assembly, "Microsoft.Xrm.Sdk");

        var report = IdentityChecker.Check(SurfaceReader.Read(path).Identity, Listing, "test stand-in");

        Assert.Equal(
            [
                "test stand-in: assembly version is `1.0.0.0`; the real SDK's is `9.0.0.0`",
                "test stand-in: assembly public-key is `(none)`; the real SDK's is `" + Listing.AssemblyFact("public-key") + "`",
                "test stand-in: assembly public-key-token is `null`; the real SDK's is `31bf3856ad364e35`",
            ],
            report.Violations);
    }
}
