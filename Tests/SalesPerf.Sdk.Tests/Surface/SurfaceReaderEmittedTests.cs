using System;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;
using SalesPerf.Sdk.Tests.Support;
using SalesPerf.SdkConformance.Surface;

namespace SalesPerf.Sdk.Tests.Surface;

/// <summary>Renders a test-made assembly whose members are written the way C# would compile them, and checks each line's form.</summary>
public sealed class SurfaceReaderEmittedTests
{
    private static readonly string[] Lines = SurfaceReader.Read(BuildSample()).Lines.Select(l => l.ToString()).ToArray();

    [Theory]
    [InlineData("Renderer.Sample :: type sealed class")]
    [InlineData("Renderer.Sample :: extends System.Object")]
    [InlineData("Renderer.Sample :: ctor protected(System.String name)")]
    [InlineData("Renderer.Sample :: field const System.String Prefix = \"spm_\"")]
    [InlineData("Renderer.Sample :: field static readonly System.Int32 Limit")]
    [InlineData("Renderer.Sample :: property System.String Name { get; } /* non-visible: set */")]
    [InlineData("Renderer.Sample :: property System.Int32 Count { get; protected set; }")]
    [InlineData("Renderer.Sample :: method static void Log(System.String text = null, params System.Object[] args)")]
    [InlineData("Renderer.Sample :: method System.Boolean TryGet<T>(System.String key, out T value) where T : class, new()")]
    [InlineData("Renderer.Sample :: method System.Nullable<System.Guid> Find(ref System.Int32 index)")]
    public void Read_EmittedSample_RendersListingLine(string expected)
    {
        Assert.Contains(expected, Lines);
    }

    [Fact]
    public void Read_EmittedSample_SkipsPrivateMembers()
    {
        Assert.DoesNotContain(Lines, l => l.Contains("Hidden", StringComparison.Ordinal));
    }

    private static string BuildSample()
    {
        var (assembly, module) = AssemblyEmitter.Start(new AssemblyName("Renderer.Sample"));
        var type = module.DefineType("Renderer.Sample", TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class, typeof(object));
        var constructor = type.DefineConstructor(MethodAttributes.Family | MethodAttributes.HideBySig, CallingConventions.Standard, [typeof(string)]);
        constructor.DefineParameter(1, ParameterAttributes.None, "name");
        var il = constructor.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Call, typeof(object).GetConstructor(Type.EmptyTypes)!);
        il.Emit(OpCodes.Ret);

        type.DefineField("Prefix", typeof(string), FieldAttributes.Public | FieldAttributes.Static | FieldAttributes.Literal).SetConstant("spm_");
        type.DefineField("Limit", typeof(int), FieldAttributes.Public | FieldAttributes.Static | FieldAttributes.InitOnly);
        type.DefineField("Hidden", typeof(int), FieldAttributes.Private);

        Property(type, "Name", typeof(string), MethodAttributes.Public, MethodAttributes.Private);
        Property(type, "Count", typeof(int), MethodAttributes.Public, MethodAttributes.Family);

        var log = AssemblyEmitter.Method(type, "Log", MethodAttributes.Public | MethodAttributes.Static, typeof(void), [typeof(string), typeof(object[])]);
        log.DefineParameter(1, ParameterAttributes.Optional | ParameterAttributes.HasDefault, "text").SetConstant(null);
        log.DefineParameter(2, ParameterAttributes.None, "args")
            .SetCustomAttribute(new CustomAttributeBuilder(typeof(ParamArrayAttribute).GetConstructor(Type.EmptyTypes)!, []));

        var tryGet = type.DefineMethod("TryGet", MethodAttributes.Public | MethodAttributes.HideBySig);
        var t = tryGet.DefineGenericParameters("T")[0];
        t.SetGenericParameterAttributes(GenericParameterAttributes.ReferenceTypeConstraint | GenericParameterAttributes.DefaultConstructorConstraint);
        tryGet.SetReturnType(typeof(bool));
        tryGet.SetParameters(typeof(string), t.MakeByRefType());
        tryGet.DefineParameter(1, ParameterAttributes.None, "key");
        tryGet.DefineParameter(2, ParameterAttributes.Out, "value");
        var tryGetIl = tryGet.GetILGenerator();
        tryGetIl.Emit(OpCodes.Ldnull);
        tryGetIl.Emit(OpCodes.Throw);

        var find = AssemblyEmitter.Method(type, "Find", MethodAttributes.Public, typeof(Guid?), [typeof(int).MakeByRefType()]);
        find.DefineParameter(1, ParameterAttributes.None, "index");
        AssemblyEmitter.Method(type, "HiddenHelper", MethodAttributes.Private, typeof(void), []);

        type.CreateType();
        return AssemblyEmitter.Save(assembly, "Renderer.Sample");
    }

    private static void Property(TypeBuilder type, string name, Type propertyType, MethodAttributes getAccess, MethodAttributes setAccess)
    {
        var property = type.DefineProperty(name, PropertyAttributes.None, propertyType, null);
        var getter = AssemblyEmitter.Method(type, "get_" + name, getAccess | MethodAttributes.SpecialName, propertyType, []);
        var setter = AssemblyEmitter.Method(type, "set_" + name, setAccess | MethodAttributes.SpecialName, typeof(void), [propertyType]);
        property.SetGetMethod(getter);
        property.SetSetMethod(setter);
    }
}
