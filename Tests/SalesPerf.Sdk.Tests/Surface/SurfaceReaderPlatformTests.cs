using System.Collections.Generic;
using System.Linq;
using SalesPerf.SdkConformance.Surface;

namespace SalesPerf.Sdk.Tests.Surface;

/// <summary>Renders the platform's core library and checks lines whose truth follows from the documented .NET API.</summary>
public sealed class SurfaceReaderPlatformTests
{
    private static readonly HashSet<string> CoreLines =
        SurfaceReader.Read(typeof(object).Assembly.Location).Lines.Select(l => l.ToString()).ToHashSet();

    [Theory]
    [InlineData("System.IDisposable :: type interface")]
    [InlineData("System.IDisposable :: method void Dispose()")]
    [InlineData("System.Math :: type static class")]
    [InlineData("System.Math :: field const System.Double PI = 3.141592653589793")]
    [InlineData("System.Int32 :: field const System.Int32 MaxValue = 2147483647")]
    [InlineData("System.String :: field static readonly System.String Empty")]
    [InlineData("System.DayOfWeek :: type enum")]
    [InlineData("System.DayOfWeek :: enum-underlying System.Int32")]
    [InlineData("System.DayOfWeek :: field Sunday = 0")]
    [InlineData("System.DayOfWeek :: field Monday = 1")]
    [InlineData("System.Object :: method protected virtual void Finalize()")]
    [InlineData("System.Exception :: method override System.String ToString()")]
    [InlineData("System.Nullable<T> :: typeparams <T> where T : struct")]
    [InlineData("System.Collections.Generic.KeyValuePair<TKey, TValue> :: ctor(TKey key, TValue value)")]
    [InlineData("System.Collections.Generic.Dictionary<TKey, TValue> :: method System.Boolean TryGetValue(TKey key, out TValue value)")]
    [InlineData("System.Collections.Generic.List<T> :: property T this[System.Int32 index] { get; set; }")]
    [InlineData("System.Collections.Generic.List<T> :: implements System.Collections.Generic.IList<T>")]
    [InlineData("System.Collections.ObjectModel.Collection<T> :: property protected System.Collections.Generic.IList<T> Items { get; }")]
    [InlineData("System.Collections.ObjectModel.Collection<T> :: method protected virtual void InsertItem(System.Int32 index, T item)")]
    [InlineData("System.String :: method static System.String Join(System.String separator, params System.String[] value)")]
    [InlineData("System.Int32 :: method static System.Boolean TryParse(System.String s, out System.Int32 result)")]
    [InlineData("System.EventHandler<TEventArgs> :: delegate void Invoke(System.Object sender, TEventArgs e)")]
    [InlineData("System.Progress<T> :: event System.EventHandler<T> ProgressChanged")]
    public void Read_CoreLibrary_RendersDocumentedLine(string expected)
    {
        Assert.Contains(expected, CoreLines);
    }

    [Fact]
    public void Read_CoreLibrary_LeavesOutInternalTypesAndAttributeLines()
    {
        Assert.DoesNotContain(CoreLines, l => l.StartsWith("System.ThrowHelper ::", System.StringComparison.Ordinal));
        Assert.DoesNotContain(CoreLines, l => l.Contains("@attribute", System.StringComparison.Ordinal) || l.Contains(":: attribute ", System.StringComparison.Ordinal));
    }
}
