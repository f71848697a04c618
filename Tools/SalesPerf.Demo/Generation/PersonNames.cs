using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace SalesPerf.Demo.Generation;

/// <summary>
/// Names of generated people: the fixed names first (the ten reps and two managers of the default demo), then names
/// generated from the seed (a Chinese surname and given name with their pinyin), each unique in the organisation. It
/// draws from its own seeded generator, so adding people never changes the rest of the plan.
/// </summary>
internal sealed class PersonNames
{
    private static readonly (string Hanzi, string Pinyin)[] Surnames =
    [
        ("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"), ("赵", "Zhao"), ("黄", "Huang"),
        ("周", "Zhou"), ("吴", "Wu"), ("徐", "Xu"), ("孙", "Sun"), ("胡", "Hu"), ("朱", "Zhu"), ("高", "Gao"), ("林", "Lin"),
        ("何", "He"), ("郭", "Guo"), ("马", "Ma"), ("罗", "Luo"), ("梁", "Liang"), ("宋", "Song"), ("郑", "Zheng"), ("谢", "Xie"),
    ];

    private static readonly (string Hanzi, string Pinyin)[] GivenNames =
    [
        ("伟", "Wei"), ("芳", "Fang"), ("娜", "Na"), ("敏", "Min"), ("静", "Jing"), ("丽", "Li"), ("强", "Qiang"), ("磊", "Lei"),
        ("军", "Jun"), ("洋", "Yang"), ("勇", "Yong"), ("艳", "Yan"), ("杰", "Jie"), ("娟", "Juan"), ("涛", "Tao"), ("明", "Ming"),
        ("超", "Chao"), ("秀英", "Xiuying"), ("霞", "Xia"), ("平", "Ping"), ("刚", "Gang"), ("桂英", "Guiying"), ("浩然", "Haoran"), ("雨涵", "Yuhan"),
    ];

    private readonly Random _random;
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _combinations;
    private int _next;

    public PersonNames(int seed)
    {
        _random = new Random(unchecked(seed * 7919 + 17));
        _used.UnionWith(DemoNames.Reps);
        _used.UnionWith(DemoNames.Managers);
        _combinations = [.. Surnames.SelectMany(s => GivenNames.Select(g => $"{s.Hanzi}{g.Hanzi} {s.Pinyin} {g.Pinyin}"))];
        for (var i = _combinations.Count - 1; i > 0; i--)
        {
            var j = _random.Next(i + 1);
            (_combinations[i], _combinations[j]) = (_combinations[j], _combinations[i]);
        }
    }

    /// <summary>The <paramref name="index"/>th name of a fixed list, or a generated one past its end.</summary>
    public string Pick(IReadOnlyList<string> fixedNames, int index) => index < fixedNames.Count ? fixedNames[index] : Next();

    /// <summary>The next generated name: each combination once, then the same combinations numbered 2, 3…</summary>
    public string Next()
    {
        while (true)
        {
            var round = _next / _combinations.Count;
            var name = _combinations[_next % _combinations.Count];
            _next++;
            if (round > 0)
            {
                name += " " + (round + 1).ToString(CultureInfo.InvariantCulture);
            }

            if (_used.Add(name))
            {
                return name;
            }
        }
    }
}
