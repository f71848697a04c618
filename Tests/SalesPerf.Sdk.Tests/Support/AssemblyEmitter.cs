using System;
using System.Reflection;
using System.Reflection.Emit;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Sdk.Tests.Support;

/// <summary>Small helpers to build test assemblies with PersistedAssemblyBuilder and save them to disk (never loading them).</summary>
internal static class AssemblyEmitter
{
    public static (PersistedAssemblyBuilder Assembly, ModuleBuilder Module) Start(AssemblyName name)
    {
        var assembly = new PersistedAssemblyBuilder(name, typeof(object).Assembly);
        return (assembly, assembly.DefineDynamicModule(name.Name!));
    }

    public static string Save(PersistedAssemblyBuilder assembly, string fileName)
    {
        var path = TempAssemblyPath.New(fileName);
        assembly.Save(path);
        return path;
    }

    /// <summary>A constructor with the given access and parameter types that calls <c>object()</c> (or the given base constructor).</summary>
    public static ConstructorBuilder Constructor(TypeBuilder type, MethodAttributes access, Type[] parameters, ConstructorInfo? baseConstructor = null)
    {
        var constructor = type.DefineConstructor(access | MethodAttributes.HideBySig | MethodAttributes.SpecialName | MethodAttributes.RTSpecialName,
            CallingConventions.Standard, parameters);
        var il = constructor.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Call, baseConstructor ?? typeof(object).GetConstructor(Type.EmptyTypes)!);
        il.Emit(OpCodes.Ret);
        return constructor;
    }

    /// <summary>A public <c>void Execute(IServiceProvider)</c> implementing <see cref="IPlugin"/>.</summary>
    public static void Execute(TypeBuilder type)
    {
        var method = type.DefineMethod(nameof(IPlugin.Execute),
            MethodAttributes.Public | MethodAttributes.Virtual | MethodAttributes.Final | MethodAttributes.NewSlot | MethodAttributes.HideBySig,
            typeof(void), [typeof(IServiceProvider)]);
        method.GetILGenerator().Emit(OpCodes.Ret);
        type.DefineMethodOverride(method, typeof(IPlugin).GetMethod(nameof(IPlugin.Execute))!);
    }

    /// <summary>A method whose body just returns (or throws for non-void methods).</summary>
    public static MethodBuilder Method(TypeBuilder type, string name, MethodAttributes attributes, Type returnType, Type[] parameters)
    {
        var method = type.DefineMethod(name, attributes | MethodAttributes.HideBySig, returnType, parameters);
        var il = method.GetILGenerator();
        if (returnType != typeof(void))
        {
            il.Emit(OpCodes.Ldnull);
            il.Emit(OpCodes.Throw);
        }
        else
        {
            il.Emit(OpCodes.Ret);
        }

        return method;
    }
}
