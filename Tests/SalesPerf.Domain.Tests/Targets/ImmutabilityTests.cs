using System;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using SalesPerf.Domain.Targets;

namespace SalesPerf.Domain.Tests.Targets;

public class ImmutabilityTests
{
    private static readonly string[] Namespaces =
    {
        "SalesPerf.Domain.Common", "SalesPerf.Domain.Periods", "SalesPerf.Domain.Kpis", "SalesPerf.Domain.Targets", "SalesPerf.Domain.Scorecards",
    };

    [Fact]
    public void PublicTypes_CalendarTargetsKpisScorecards_AreImmutable()
    {
        var types = typeof(TargetTerms).Assembly.GetExportedTypes().Where(t => Namespaces.Contains(t.Namespace)).ToArray();

        Assert.NotEmpty(types);
        foreach (var type in types.Where(t => !t.IsEnum && !(t.IsAbstract && t.IsSealed)))
        {
            if (type.IsValueType)
            {
                Assert.True(type.IsDefined(typeof(IsReadOnlyAttribute), false), type.Name + " must be a readonly struct");
            }
            else
            {
                Assert.True(type.IsSealed, type.Name + " must be sealed");
            }

            Assert.DoesNotContain(type.GetFields(BindingFlags.Public | BindingFlags.Instance), f => !f.IsInitOnly);
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }))
            {
                var initOnly = property.SetMethod!.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
                Assert.True(initOnly, type.Name + "." + property.Name + " must not have a public setter");
            }
        }
    }
}
